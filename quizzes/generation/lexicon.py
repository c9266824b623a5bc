"""General-knowledge word lists used by the generator.

Nothing here is keyed to a particular article: countries with their demonyms and capitals,
world regions, title words, organisation words, months, pronouns and hedges.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# name | aliases | demonyms | capital(s)
_COUNTRIES = """
Afghanistan||Afghan;Afghans|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Angola||Angolan;Angolans|Luanda
Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis|Baku
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka
Belarus||Belarusian;Belarusians|Minsk
Belgium||Belgian;Belgians|Brussels
Bolivia||Bolivian;Bolivians|La Paz;Sucre
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
Brazil||Brazilian;Brazilians|Brasília;Brasilia
Bulgaria||Bulgarian;Bulgarians|Sofia
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaoundé
Canada||Canadian;Canadians|Ottawa
Chile||Chilean;Chileans|Santiago
China|PRC;People's Republic of China;People’s Republic of China|Chinese|Beijing
Colombia||Colombian;Colombians|Bogotá;Bogota
Costa Rica||Costa Rican;Costa Ricans|San José
Croatia||Croatian;Croatians;Croat;Croats|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Dane;Danes|Copenhagen
Dominican Republic||Dominican;Dominicans|Santo Domingo
Ecuador||Ecuadorian;Ecuadorians|Quito
Egypt||Egyptian;Egyptians|Cairo
El Salvador||Salvadoran;Salvadorans|San Salvador
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Finland||Finnish;Finn;Finns|Helsinki
France||French|Paris
Georgia||Georgian;Georgians|Tbilisi
Germany||German;Germans|Berlin
Ghana||Ghanaian;Ghanaians|Accra
Greece||Greek;Greeks|Athens
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik
India||Indian;Indians|New Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran|Islamic Republic;Islamic Republic of Iran;Persia|Iranian;Iranians;Persian|Tehran
Iraq||Iraqi;Iraqis|Baghdad
Ireland||Irish|Dublin
Israel||Israeli;Israelis|Jerusalem;Tel Aviv
Italy||Italian;Italians|Rome
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhs;Kazakhstani|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Laos||Lao;Laotian;Laotians|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan;Libyans|Tripoli
Lithuania||Lithuanian;Lithuanians|Vilnius
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Mali||Malian;Malians|Bamako
Mexico||Mexican;Mexicans|Mexico City
Moldova||Moldovan;Moldovans|Chișinău;Chisinau
Mongolia||Mongolian;Mongolians|Ulaanbaatar
Morocco||Moroccan;Moroccans|Rabat
Mozambique||Mozambican;Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|Holland;the Netherlands|Dutch|Amsterdam;The Hague
New Zealand||New Zealander;New Zealanders|Wellington
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien;Nigeriens|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|DPRK|North Korean;North Koreans|Pyongyang
Norway||Norwegian;Norwegians|Oslo
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Panama||Panamanian;Panamanians|Panama City
Paraguay||Paraguayan;Paraguayans|Asunción;Asuncion
Peru||Peruvian;Peruvians|Lima
Philippines|the Philippines|Filipino;Filipinos;Philippine|Manila
Poland||Polish;Pole;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow;Kremlin
Rwanda||Rwandan;Rwandans|Kigali
Saudi Arabia||Saudi;Saudis;Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serbians;Serb;Serbs|Belgrade
Singapore||Singaporean;Singaporeans|
Slovakia||Slovak;Slovaks;Slovakian|Bratislava
Slovenia||Slovenian;Slovene;Slovenians|Ljubljana
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria;Cape Town
South Korea|Republic of Korea|South Korean;South Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard;Spaniards|Madrid
Sri Lanka||Sri Lankan;Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian;Syrians|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik;Tajiks|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma
Thailand||Thai;Thais|Bangkok
Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
United States|U.S.;US;U.S.A.;USA;America;United States of America|American;Americans|Washington;White House
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa
Zambia||Zambian;Zambians|Lusaka
Zimbabwe||Zimbabwean;Zimbabweans|Harare
Andorra||Andorran;Andorrans|Andorra la Vella
Antigua and Barbuda|Antigua|Antiguan;Antiguans|St. John's
Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
Barbados||Barbadian;Barbadians|Bridgetown
Belize||Belizean;Belizeans|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Motswana;Batswana|Gaborone
Brunei||Bruneian;Bruneians|Bandar Seri Begawan
Burkina Faso|Burkina|Burkinabe;Burkinabè|Ouagadougou
Burundi||Burundian;Burundians|Gitega
Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans|Praia
Central African Republic||Central African;Central Africans|Bangui
Chad||Chadian;Chadians|N'Djamena
Comoros||Comorian;Comorians|Moroni
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville||Brazzaville
Djibouti||Djiboutian;Djiboutians|Djibouti City
Dominica|||Roseau
East Timor|Timor-Leste|Timorese|Dili
Equatorial Guinea||Equatoguinean;Equatoguineans|Malabo
Eswatini|Swaziland|Swazi;Swazis|Mbabane
Fiji||Fijian;Fijians|Suva
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian;Gambians|Banjul
Grenada||Grenadian;Grenadians|St. George's
Guinea||Guinean;Guineans|Conakry
Guinea-Bissau||Bissau-Guinean;Bissau-Guineans|Bissau
Ivory Coast|Côte d'Ivoire;Côte d’Ivoire|Ivorian;Ivorians|Yamoussoukro
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar;Kosovars|Pristina
Kyrgyzstan||Kyrgyz|Bishkek
Lesotho||Basotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz
Luxembourg||Luxembourgish;Luxembourger;Luxembourgers|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Maldives||Maldivian;Maldivians|Malé
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian;Mauritanians|Nouakchott
Mauritius||Mauritian;Mauritians|Port Louis
Micronesia||Micronesian;Micronesians|Palikir
Monaco||Monégasque;Monegasque|Monaco
Montenegro||Montenegrin;Montenegrins|Podgorica
Namibia||Namibian;Namibians|Windhoek
Nauru||Nauruan;Nauruans|Yaren
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Palau||Palauan;Palauans|Ngerulmud
Palestine|State of Palestine|Palestinian;Palestinians|Ramallah
Papua New Guinea||Papua New Guinean;Papua New Guineans|Port Moresby
Saint Kitts and Nevis||Kittitian;Kittitians|Basseterre
Saint Lucia||Saint Lucian;Saint Lucians|Castries
Saint Vincent and the Grenadines||Vincentian;Vincentians|Kingstown
Samoa||Samoan;Samoans|Apia
San Marino||Sammarinese|San Marino
São Tomé and Príncipe|Sao Tome and Principe|Santomean;Santomeans|São Tomé
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown
Solomon Islands||Solomon Islander;Solomon Islanders|Honiara
Togo||Togolese|Lomé
Tonga||Tongan;Tongans|Nukuʻalofa
Tuvalu||Tuvaluan;Tuvaluans|Funafuti
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Holy See|Vatican|Vatican City
"""

# World regions and seas (typed "place").
REGIONS = {
    "Latin America", "South America", "Central America", "North America", "Western Hemisphere",
    "Caribbean", "the Caribbean", "Middle East", "Near East", "Europe", "Western Europe", "Eastern Europe",
    "Asia", "East Asia", "Southeast Asia", "South Asia", "Central Asia", "Africa", "North Africa",
    "Sub-Saharan Africa", "West Africa", "East Africa", "Horn of Africa", "Sahel", "Eurasia", "Balkans",
    "Arctic", "Antarctica", "Pacific", "Atlantic", "Indian Ocean", "Persian Gulf", "Gulf of Mexico",
    "Mediterranean", "Black Sea", "Baltic", "Red Sea", "South China Sea", "Caspian Sea", "Andes",
    "Amazon", "Global South", "Indo-Pacific", "Scandinavia", "Oceania",
}
REGION_ADJECTIVES = {"Latin American": "Latin America", "European": "Europe", "Asian": "Asia",
                     "African": "Africa", "Caribbean": "Caribbean", "Middle Eastern": "Middle East",
                     "Western": "West", "Arctic": "Arctic"}

# Last word of a capitalised name that makes it a geographic place.
GEO_SUFFIXES = {
    "Belt", "Basin", "Sea", "Ocean", "River", "Strait", "Straits", "Gulf", "Bay", "Peninsula", "Island",
    "Islands", "Canal", "Valley", "Desert", "Mountains", "Range", "Lake", "Province", "Region", "Delta",
    "Plateau", "Coast", "Port", "Harbor", "Harbour", "Field", "Fields", "Mine", "Refinery", "Square",
    "Airport", "Airfield", "Airbase", "Base", "Palace", "Stadium", "Bridge", "Dam", "Terminal",
    "Reef", "Reefs", "Shoal", "Shoals", "Atoll", "Atolls", "Cay", "Cays", "Archipelago", "Lagoon", "Channel",
}

# Countries a sentence calling a partner "Western" or "Western-aligned" can mean: NATO and EU members and the
# treaty allies of the United States in Asia and the Pacific.
WESTERN_ALIGNED = {
    "United States", "Canada", "United Kingdom", "France", "Germany", "Italy", "Spain", "Portugal", "Netherlands",
    "Belgium", "Luxembourg", "Ireland", "Denmark", "Sweden", "Finland", "Norway", "Iceland", "Austria",
    "Switzerland", "Poland", "Czech Republic", "Slovakia", "Hungary", "Slovenia", "Croatia", "Romania", "Bulgaria",
    "Greece", "Cyprus", "Malta", "Estonia", "Latvia", "Lithuania", "Albania", "Montenegro", "North Macedonia",
    "Australia", "New Zealand", "Japan", "South Korea",
}

# International organisations and blocs commonly written without an organisation word.
ORGANISATIONS = {
    "United Nations", "UN", "U.N.", "NATO", "OAS", "OPEC", "OPEC+", "EU", "European Union", "BRICS",
    "ALBA", "IMF", "World Bank", "WTO", "World Trade Organization", "G7", "G20", "African Union",
    "ASEAN", "Mercosur", "CELAC", "Interpol", "Pentagon", "Kremlin", "White House", "Congress",
    "Duma", "Hezbollah", "Hamas", "Taliban", "IAEA", "WHO", "UNICEF", "OECD", "Security Council",
}

# Words that make a capitalised name an organisation when they occur in it.
ORG_WORDS = {
    "Ministry", "Council", "Committee", "Duma", "Parliament", "Congress", "Senate", "Assembly",
    "Administration", "Agency", "Institute", "Institution", "Organization", "Organisation", "Company",
    "Corporation", "Corp", "Inc", "Ltd", "Group", "Bank", "Fund", "Party", "Army", "Navy", "Forces",
    "Force", "Guard", "Corps", "Union", "Nations", "Court", "Commission", "Department", "Office",
    "Bureau", "Service", "Authority", "Association", "Federation", "Foundation", "University",
    "Alliance", "Front", "Movement", "Cabinet", "Government", "Command", "Directorate", "Treasury",
    "Exchange", "Board", "League", "Pact", "Programme", "Program", "Initiative", "Project", "Mission",
    "Secretariat", "Center", "Centre", "Society", "Times", "Post", "Journal", "News", "Press",
    "Airlines", "Airways", "Petroleum", "Oil", "Energy", "Holdings", "Industries", "Motors",
    "Conference", "Summit", "Forum", "Railway", "Railways", "Pipeline", "Port", "Authority", "Tribunal",
    # a company's line of business: "China's Wingtech Technology"
    "Technology", "Technologies", "Systems", "Electronics", "Semiconductor", "Semiconductors", "Shipping",
    "Telecom", "Telecommunications", "Mining", "Resources", "Minerals", "Engineering", "Construction", "Steel",
    "Chemicals", "Pharmaceuticals", "Aerospace", "Shipbuilding", "Investments", "Ventures",
}

# Words for the kind of organisation ("companies like X and Y", "maritime intelligence organization X").
ORG_EVIDENCE_NOUNS = {
    "company", "companies", "firm", "firms", "organization", "organisation", "organizations",
    "organisations", "agency", "group", "groups", "newspaper", "outlet", "bank", "banks", "airline",
    "party", "militia", "corporation", "corporations", "conglomerate", "giant", "giants", "insurer",
    "think", "tank", "institute", "operator", "producer", "producers", "refiner", "consortium",
}

# Title words before a person's name (matched case-insensitively, longest first).
TITLES = [
    "Permanent Representative", "Deputy Chairperson", "Deputy Chairman", "Deputy Prime Minister",
    "Vice President", "Prime Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
    "Finance Minister", "Oil Minister", "Energy Minister", "Interior Minister", "Trade Minister",
    "Economy Minister", "Minister", "Secretary of State", "Secretary-General", "Secretary General",
    "Secretary", "President", "Presidents", "Chancellor", "Chairperson", "Chairman", "Chairwoman",
    "Chair", "Spokesperson", "Spokesman", "Spokeswoman", "Representative", "Ambassador", "Envoy",
    "Special Envoy", "Senator", "Congressman", "Congresswoman", "Governor", "Mayor", "General",
    "Admiral", "Colonel", "Commander", "Lieutenant", "Captain", "Major", "King", "Queen", "Prince",
    "Princess", "Emir", "Sheikh", "Sultan", "Ayatollah", "Supreme Leader", "Pope", "Premier", "Director",
    "Director-General", "Chief", "CEO", "Chief Executive", "Founder", "Speaker", "Attorney General",
    "Judge", "Justice", "Leader", "leader", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Sir",
    "Dame", "Lord", "Lady", "Senior Fellow", "Fellow", "Professor", "Prof.", "Analyst", "Economist",
    "Diplomat", "Negotiator", "Official", "Adviser", "Advisor", "Strongman", "Dictator", "Opposition Leader",
]
TITLE_WORDS = {w.lower() for t in TITLES for w in t.replace("-", " ").split()} - {"of", "state"}
# Single words that are titles on their own (mark a name after them).
TITLE_HEADS = {
    "president", "presidents", "minister", "ministers", "chancellor", "chairperson", "chairman",
    "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman", "representative", "ambassador",
    "envoy", "senator", "congressman", "congresswoman", "governor", "mayor", "general", "admiral",
    "colonel", "commander", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
    "ayatollah", "pope", "premier", "director", "ceo", "speaker", "leader", "leaders", "dr", "dr.",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "professor", "prof.", "secretary", "dictator",
    "strongman", "official", "adviser", "advisor", "analyst", "economist", "diplomat", "negotiator",
    "founder", "judge", "chief", "lieutenant", "captain", "lawmaker", "deputy", "tsar", "czar",
}
KIN_WORDS = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow",
             "spouse", "nephew", "niece", "cousin", "successor", "predecessor", "rival", "ally", "aide"}
SAY_VERBS = {"said", "says", "told", "wrote", "writes", "argued", "argues", "stated", "announced",
             "declared", "tweeted", "accused", "warned", "claimed", "noted", "added", "insisted",
             "spoke", "met", "visited", "signed", "praised", "criticized", "criticised", "threatened",
             "denied", "resigned", "died", "ordered", "pledged", "vowed", "urged", "asked"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
              "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTHS)} | MONTH_ABBR
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

# A sentence starting with one of these refers back to something it does not name.
PRONOUN_STARTS = {
    "it", "its", "it's", "it’s", "they", "their", "them", "theirs", "he", "she", "his", "her", "him",
    "this", "these", "that", "those", "such", "both", "either", "neither", "the latter", "the former",
    "here", "there", "then", "so", "thus", "hence", "therefore", "also", "and", "but", "or", "yet",
    "another", "others", "some", "each", "which", "the two", "the same",
}
# Words that make a subject refer back ("The two nations", "Both countries", "the country").
BACKREF_NOUNS = {"nation", "nations", "country", "countries", "state", "states", "partners", "sides",
                 "governments", "allies", "regimes", "parties"}
FIRST_SECOND_PERSON = {"i", "we", "us", "our", "ours", "you", "your", "yours", "me", "my", "we're",
                       "you're", "let's", "i'm", "we've", "you've", "i've"}
# Evaluative adjectives: a phrase they start is commentary, not a term worth asking about.
EVALUATIVE = {
    "thorny", "formidable", "crucial", "complex", "stark", "powerful", "potent", "intricate", "defiant",
    "comfortable", "undeniable", "determined", "unique", "significant", "considerable", "dramatic", "serious",
    "real", "genuine", "important", "critical", "essential", "strong", "weak", "robust", "deep", "deepening",
    "profound", "remarkable", "striking", "notable", "interesting", "intriguing", "clear", "obvious", "huge",
    "massive", "enormous", "vast", "great", "big", "small", "tiny", "good", "bad", "better", "worse", "best",
    "worst", "classic", "compelling", "treacherous", "unconventional", "multiple", "various", "broad",
    "broader", "wider", "wide", "severe", "heavy", "growing", "rising", "increasing", "ongoing", "continued",
    "sustained", "emerging", "evolving", "shifting", "fundamental", "primary", "principal", "utmost",
    "absolute", "top", "overall", "general", "specific", "particular", "certain", "possible", "likely",
    "relatively", "largely", "delicate", "coherent", "favorable", "favourable", "unfavorable", "desirable",
    "desired", "beneficial", "costly", "cautious", "careful", "dramatic", "sweeping", "sensationalist",
    "scathing", "muted", "mere", "simple", "practical", "pragmatic", "transparent", "famous", "intended",
    "unintended", "inadvertent", "multifaceted", "loose", "recent", "landmark", "historic", "unprecedented",
}
HEDGES = {"likely", "unlikely", "may", "might", "perhaps", "arguably", "probably", "possibly",
          "seems", "seem", "appear", "appears", "could", "would", "should", "suggests", "suggest",
          "allegedly", "supposedly", "presumably", "probable", "improbable"}
CHATTY = {"frankly", "quite", "really", "truly", "rather", "well,", "honestly", "indeed", "famously",
          "boldly", "adeptly", "certainly", "undeniable", "you", "stark", "genuinely", "naturally",
          "surely", "simply", "obviously", "clearly", "ultimately", "interestingly", "intriguing"}

# World events whose year every reader knows: a blank for it tests general knowledge, not the article
# ("After Russia's full-scale invasion of Ukraine in _____, ...").  Each phrase with the years it may be given.
WORLD_EVENT_YEARS = (
    (r"(?:full-scale\s+)?invasion\s+of\s+Ukraine|(?:invaded|attacked)\s+Ukraine|"
     r"(?:troops|forces)\b[^.;]{0,60}\battack(?:ed)?\s+Kyiv|(?:assault|advance|march)\s+on\s+Kyiv", ("2022",)),
    (r"annex(?:ation\s+of|ed)\s+(?:the\s+)?Crimea(?:n\s+peninsula)?|seiz(?:ure\s+of|ed)\s+Crimea", ("2014",)),
    (r"September\s+11(?:th)?\s+attacks|9/11(?:\s+attacks)?", ("2001",)),
    (r"fall\s+of\s+the\s+Berlin\s+Wall|Berlin\s+Wall\s+fell", ("1989",)),
    (r"(?:collapse|dissolution|break-?up|fall|end)\s+of\s+the\s+(?:Soviet\s+Union|USSR)|Soviet\s+Union\s+(?:collapsed|dissolved|broke\s+up)",
     ("1991",)),
    (r"(?:US|U\.S\.|American|US-led|U\.S\.-led)\s+invasion\s+of\s+Iraq|invasion\s+of\s+Iraq", ("2003",)),
    (r"(?:global\s+)?financial\s+crisis", ("2008",)),
    (r"Brexit\s+referendum", ("2016",)),
    (r"(?:Covid(?:-19)?|coronavirus)\s+pandemic|pandemic\s+(?:struck|hit|began)", ("2020",)),
    (r"Arab\s+Spring", ("2010", "2011")),
    (r"Cuban\s+missile\s+crisis", ("1962",)),
    (r"(?:end|close)\s+of\s+the\s+Second\s+World\s+War|end\s+of\s+World\s+War\s+(?:II|Two)", ("1945",)),
    (r"(?:end|close)\s+of\s+the\s+Cold\s+War", ("1989", "1991")),
    (r"Taliban\s+(?:takeover|return\s+to\s+power)|fall\s+of\s+Kabul", ("2021",)),
    (r"October\s+7(?:th)?\s+(?:attacks?|massacre)|Hamas(?:-led)?\s+attack\s+on\s+Israel", ("2023",)),
    (r"(?:US|U\.S\.|American|NATO|Western)\s+(?:forces|troops)?\s*(?:withdrawal|withdrew|pulled\s+out)\s+from\s+Afghanistan|"
     r"withdrawal\s+of\s+(?:US|U\.S\.|American|NATO|Western)\s+(?:forces|troops)\s+from\s+Afghanistan", ("2021",)),
    (r"Nord\s+Stream\s+(?:gas\s+)?pipelines?\s+(?:were\s+|was\s+)?(?:sabotaged|blown\s+up|damaged|destroyed)|"
     r"(?:sabotage|destruction)\s+of\s+(?:the\s+)?Nord\s+Stream|Nord\s+Stream\s+(?:pipelines?\s+)?(?:sabotage|blasts?|explosions?)",
     ("2022",)),
    (r"(?:Donald\s+)?Trump(?:'s|’s)?\s+return(?:ed)?\s+to\s+(?:the\s+White\s+House|office|power)|"
     r"return\s+of\s+(?:Donald\s+)?Trump\s+to\s+(?:the\s+White\s+House|office|power)|"
     r"(?:after|since|upon|on)\s+(?:his\s+)?return(?:ing)?\s+to\s+the\s+White\s+House", ("2025",)),  # "revived the idea after returning to the White House in January #"
    (r"(?:reciprocal['’”\"]?|Liberation\s+Day)\s+tariffs?", ("2025",)),
    (r"(?:twelve|12)-day\s+war|Israel[-–](?:Iran|Iranian)\s+war|war\s+between\s+Israel\s+and\s+Iran", ("2025",)),
    # "the failed August coup in Moscow", "the attempted August coup against Gorbachev"
    (r"(?:failed|attempted|abortive)\s+August\s+coup|August\s+coup\s+(?:in\s+Moscow|against\s+Gorbachev)|"
     r"August\s+(?:1991\s+)?putsch", ("1991",)),
    (r"(?:US|U\.S\.|American|NATO|US-led|U\.S\.-led)\s+(?:invasion\s+of|intervention\s+in|war\s+in)\s+Afghanistan|"
     r"(?:missions?|flights?|operations?)\s+into\s+Afghanistan\s+after\s+#", ("2001",)),
    (r"(?:Iranian|Islamic)\s+[Rr]evolution|revolution\s+in\s+Iran|Tehran\b[^;.]{0,50}\bthe\s+#\s+revolution", ("1979",)),
    (r"(?:fall|collapse|ouster|overthrow)\s+of\s+(?:the\s+)?(?:Syria(?:'s|’s)\s+)?(?:President\s+)?(?:Bashar\s+al-)?Assad(?:\s+regime)?|"
     r"(?:Bashar\s+al-)?Assad(?:\s+regime)?\s+(?:fell|collapsed|was\s+(?:toppled|overthrown|ousted))", ("2024",)),
)

# Initiatives, pacts and bodies with the year they began: a statement that has a country join or sign one
# before then is false by the calendar, not by the article ("signed up to the Belt and Road Initiative in
# 2012"), so no wrong option or false year goes before it.
INITIATIVE_START_YEARS = (
    (r"Belt\s+and\s+Road|BRI", 2013),
    (r"AUKUS", 2021),
    (r"BRICS?", 2009),
    (r"Shanghai\s+Cooperation\s+Organi[sz]ation|SCO", 2001),
    (r"African\s+Union", 2002),
    (r"European\s+Union", 1993),
    (r"World\s+Trade\s+Organi[sz]ation|WTO", 1995),
    (r"NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation", 1949),
    (r"United\s+Nations", 1945),
    (r"ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations", 1967),
    (r"Mercosur", 1991),
    (r"Quadrilateral\s+Security\s+Dialogue", 2007),
    (r"Paris\s+(?:climate\s+)?Agreement", 2015),
    (r"Joint\s+Comprehensive\s+Plan\s+of\s+Action|JCPOA", 2015),
    (r"Global\s+Gateway", 2021),
    (r"Asian\s+Infrastructure\s+Investment\s+Bank|AIIB", 2015),
    (r"New\s+Development\s+Bank", 2014),
    (r"Eurasian\s+Economic\s+Union", 2014),
    (r"Collective\s+Security\s+Treaty\s+Organi[sz]ation|CSTO", 1992),
    (r"Gulf\s+Cooperation\s+Council|GCC", 1981),
    (r"Forum\s+on\s+China[-–]Africa\s+Cooperation|FOCAC", 2000),
    (r"Abraham\s+Accords", 2020),
    (r"Minerals\s+Security\s+Partnership", 2022),
    (r"Indo-Pacific\s+Economic\s+Framework|IPEF", 2022),
    # the war in Ukraine since the full-scale invasion: an aid mission, a peace resolution, refugees from it
    (r"(?:war|invasion|aggression|(?:military )?assistance(?: mission)?|peace|reconstruction|refugees|counter-?offensive)"
     r"\s+(?:[\w-]+\s+){0,2}(?:in|on|of|for|against|to|with)\s+Ukraine|Ukraine\s+(?:war|Facility|Defen[cs]e\s+Contact\s+Group)|"
     r"Russia['’]s\s+war|full-scale\s+invasion|Ukrainian\s+(?:refugees|troops|forces|soldiers|pilots)", 2022),
)

# Hyphenated words so common they are never worth asking about.
STOCK_COMPOUNDS = {
    "long-term", "short-term", "so-called", "well-known", "high-level", "low-level", "decision-making",
    "re-evaluation", "vis-a-vis", "vis-à-vis", "long-time", "longtime", "high-stakes", "full-scale",
    "large-scale", "small-scale", "far-reaching", "on-going", "follow-up", "up-to-date", "year-old",
    "two-thirds", "one-third", "co-operation", "self-", "post-", "pre-", "non-", "ex-",
    "well-being", "so-so", "day-to-day", "real-time", "first-hand", "e-mail", "re-election",
    "so-far", "in-depth", "one-off", "all-out", "top-level", "high-profile", "long-standing",
    "long-running", "open-ended", "wide-ranging", "cutting-edge", "under-way", "hard-line",
    "mid-term", "half-hearted", "much-needed", "built-in", "t-shirt", "u-turn", "x-ray",
}

# Function words (never answer content).
STOPWORDS = set("""
a an the and or but nor so yet for of to in on at by from with without within into onto over under
above below between among amid amidst through throughout during before after since until till as than
then that this these those there here which who whom whose what when where why how whether if while
although though because unless be is are was were been being am has have had having do does did done
doing will would shall should can could may might must not no nor only also just even very more most
less least much many such other another each every either neither both all any some few several it its
itself they them their theirs themselves he him his himself she her hers herself we us our ours you your
yours i me my mine one ones own same too again further once about against per via upon like unlike
toward towards across along around behind beyond despite except inside outside up down out off
""".split())


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase and strip accents and curly quotes: "Chávez’s" -> "chavez's"."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]

    @property
    def all_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.demonyms, *self.capitals)


def _parse_countries() -> list[Country]:
    out = []
    for line in _COUNTRIES.strip().splitlines():
        name, aliases, demonyms, capitals = (line.split("|") + ["", "", ""])[:4]
        split = lambda s: tuple(x.strip() for x in s.split(";") if x.strip())  # noqa: E731
        out.append(Country(name.strip(), split(aliases), split(demonyms), split(capitals)))
    return out


COUNTRIES: list[Country] = _parse_countries()
COUNTRY_BY_NAME = {c.name: c for c in COUNTRIES}

# surface form -> (country name, role) where role is name | alias | demonym | capital
COUNTRY_FORMS: dict[str, tuple[str, str]] = {}
for _c in COUNTRIES:
    for _f in (_c.name, *_c.aliases):
        COUNTRY_FORMS.setdefault(_f, (_c.name, "name"))
    for _f in _c.demonyms:
        COUNTRY_FORMS.setdefault(_f, (_c.name, "demonym"))
    for _f in _c.capitals:
        COUNTRY_FORMS.setdefault(_f, (_c.name, "capital"))
# Words that are both a country form and an ordinary English word at the start of a sentence.
AMBIGUOUS_FORMS = {"US", "Georgia", "Jordan", "Chad", "Turkey", "China", "Guinea", "Niger", "Polish", "Sofia",
                   "Nice", "Lima", "Victoria", "Chile", "Cuba"}

# Opposites for false true/false statements ("has slowed new investments" -> "has accelerated ...").
# Pairs go both ways; each side keeps its grammatical form (past with past, comparative with comparative).
_ANTONYM_PAIRS = """
increased decreased|increase decrease|increases decreases|increasing decreasing
expanded contracted|strengthened weakened|strengthen weaken|strengthens weakens
eased tightened|slowed accelerated|rose fell|rising falling|risen fallen
improved worsened|improve worsen|raised lowered
supported opposed|support oppose|supports opposes|condemned praised|accepted rejected
imposed lifted|allowed blocked|boosted cut|intensified reduced|denied confirmed
largest smallest|most least|higher lower|more less|stronger weaker|strong weak
major minor|increasingly decreasingly|rise fall|growing shrinking|richest poorest
muted forceful|cooperative hostile|before after|earlier later|first last
strained improved|heightened reduced|reinforcing undermining|complicate simplify|alarmed reassured
useful useless|robust fragile|vulnerable secure
intact dismantled|adversaries allies|adversary ally|symbolic substantive
"""
# one-way flips (the reverse would misread a word: "has grown wary" is not "has waned wary")
ANTONYMS: dict[str, str] = {"reversed": "maintained", "waned": "grown", "deepened": "weakened"}
for _group in _ANTONYM_PAIRS.replace("\n", "|").split("|"):
    _pair = _group.split()
    if len(_pair) == 2:
        ANTONYMS.setdefault(_pair[0], _pair[1])
        ANTONYMS.setdefault(_pair[1], _pair[0])

"""Words around and inside a name that say what it names.

The parser's recogniser finds names but often labels them wrongly (a Dutch union leader as a
place, a general as an organisation), so what a name names is read from words like these
first: a rank or a role noun before it makes it a person, an organisation word ending it an
organisation. Compared without a trailing period ("Gen." is "Gen").
"""

from __future__ import annotations

from timeline_app.core.extraction.lexicon import words

# Capitalised words directly before a name that make it a person's ("Mr. Smith", "Gen. Okafor").
HONORIFICS = words("""
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Fr Father Sister Brother
Gen General Lt Lieutenant Col Colonel Maj Major Capt Captain Cmdr Commander Adm Admiral Sgt
Sergeant Cpl Corporal Pvt Private Brig Marshal Sen Senator Rep Representative Gov Governor
President Vice-President Minister Premier Chancellor Secretary Secretary-General Ambassador
Mayor Judge Justice King Queen Prince Princess Emperor Empress Pope Cardinal Bishop Archbishop
Imam Rabbi Sheikh Emir Sultan Ayatollah Commissioner Chairman Chairwoman Chair Director
Spokesman Spokeswoman Spokesperson Inspector Detective Officer Constable Superintendent
President-elect Crown
""")

# Lower-case role nouns directly before a name: "union leader Henk de Vries".
ROLE_NOUNS = words("""
leader spokesman spokeswoman spokesperson chief executive director minister president
chairman chairwoman chair secretary official head founder manager lawyer attorney prosecutor
judge captain commander general colonel mayor governor premier senator ambassador envoy
negotiator analyst economist professor researcher doctor surgeon coach ceo boss owner
activist campaigner organiser organizer protester striker docker dockworker worker survivor
witness resident farmer fisherman pilot driver sailor soldier officer inspector
commissioner chancellor
""")

# Last words of an organisation's name ("European Commission", "Acme Widgets Inc.").
ORGANISATION_HEADS = words("""
Commission Ministry Department Council Party Union Group Inc Incorporated Ltd Limited Corp
Corporation Co Company Companies LLC LLP plc PLC AG SA NV BV GmbH SpA AB ASA Holdings Holding N.V S.A B.V A.G S.p.A
Authority Authorities Agency Army Navy Police Forces Force Corps Guard Guards Brigade Brigades
Militia Front Movement Alliance Coalition Federation Confederation Association Organization
Organisation Institute Foundation Fund Bank Trust Committee Board Bureau Office Service
Services Directorate Secretariat Parliament Assembly Congress Senate Court Tribunal
Cabinet Government Administration Commissariat Inspectorate Airlines Airline Airways Lines
Shipping Logistics Motors Industries Energy Petroleum Oil Gas Telecom Pharmaceuticals
Systems Technologies Partners Capital Investments Securities Exchange University College
School Hospital Church Mission Society League Network Consortium Syndicate Cooperative
""")

# Last words of a news outlet's name ("Daily Herald", "Channel News"): a source, not an actor.
# A paper named after its city ("the Warsaw Courier") is no place and makes no state a party.
MEDIA_HEADS = words("""
News Times Post Journal Herald Tribune Gazette Telegraph Chronicle Press Radio Television TV
Broadcasting Broadcaster Magazine Courier Daily Dispatch Observer Inquirer Examiner Enquirer
Sentinel Bulletin Mirror Globe Advertiser Weekly
""")

# Last words of a place's name ("Tahrir Square", "Meuse River").
PLACE_HEADS = words("""
Street Square Avenue Road Bridge Palace Airport Station Port Harbour Harbor Island Islands Sea
Ocean River Lake Mountains Mountain Valley Coast Region Province District County City Town
Village Peninsula Strait Gulf Bay Canal Desert Forest Park Border Zone Camp Prison Plaza
Boulevard Highway Motorway Terminal Quay Dock Docks Pier Basin Heights Plain Delta Hotel
Stadium Arena Cathedral Monument Memorial Tower Parkway Expressway Freeway Turnpike Shore Beach
""")

# First words of a place's name of two words ("Camp Halden", "Cape Marra", "Mount Orla"): a
# location, not an actor (unless its last word names a body: "Camp Fire Association").
PLACE_LEADS = words("Camp Fort Cape Mount Lake")

# Prepositions before a place: a name the recogniser calls a place must follow one somewhere.
LOCATIVES = words("in at near from outside across inside into through around off")

# Lower-case nouns an organisation's name stands beside: "the shipping company Maersk",
# "the FNV union".
ORGANISATION_NOUNS = words("""
company firm carrier operator group union bank airline insurer lender retailer manufacturer
maker producer conglomerate giant shipper broker agency broadcaster newspaper ministry party
militia movement organisation organization charity federation association alliance council
authority regulator watchdog supplier contractor exporter importer chain
""")

# Suffixes a company's name may carry after it, perhaps after a comma ("Acme, Inc.").
COMPANY_SUFFIXES = words("""
Inc Incorporated Ltd Limited Corp Corporation Co LLC LLP plc PLC AG SA NV BV GmbH SpA AB ASA
N.V S.A B.V A.G S.p.A
""")

# Lower-case words inside a person's name ("Henk de Vries", "Ursula von der Leyen").
NAME_PARTICLES = words("de van von der den du da di del della dos das ter ten bin ibn al el")

# Lower-case words inside an organisation's or place's name ("Ministry of Transport").
NAME_JOINERS = words("of for and the de du des la le on")

# All-capital words that are not names ("CEO said", "GDP fell").
NOT_NAME_ACRONYMS = words("""
CEO CFO COO CTO GDP TV AM PM OK ID PR HR IT AI EV VAT IPO DNA HIV AIDS COVID SARS MP MPs
MEP MEPs PhD BA MA USD EUR GBP JPY CNY UTC GMT EST PST BST CET LNG LPG UAV UAVs ETA ASAP
""")

# A party's members named by its plural, capitalised ("Democrats blocked the bill", "elect
# Republicans"): the party acts, and coders name it so (not "democrats": people of a view);
# no word of a person's name ("President Ruiz and Democrats" are two parties).
PARTY_PLURALS = words("""
Democrats Republicans Tories Conservatives Liberals Socialists Communists
""")

# Capitalised words that name no one by themselves ("the West", "God").
NOT_NAMES = words("""
West East North South Western Eastern Northern Southern Midwest God Allah Heaven Internet Web
""")

# Happenings of one person: "the appointment" after a sentence about her is hers.
PERSONAL_HAPPENINGS = words("""
appointment nomination election reelection re-election inauguration promotion resignation
retirement dismissal departure arrest detention trial conviction sentencing release
acquittal visit death funeral wedding
""")

# The states of the United States as news writes them after a town ("Kearny, N.J.",
# "Woodland Hills, Calif."): the words before are a town, not a person.
STATE_ABBREVIATIONS = words("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.
""")
STATE_NAMES = frozenset(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming"]
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}  # fmt: skip

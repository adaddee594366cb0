"""The rules that give an event its kind (``core/event_kinds.py``), as data.

A rule belongs to a predicate: the lemma of the verb or of the noun that names the happening.
Its lines, tried in order, give a kind when one of their words is among the predicate's
arguments (the heads of its subject and object and their compounds); an UPPERCASE word stands
for a class of words listed in ``CLASSES``. What no line decides falls to the predicate's
``default`` (None: this predicate alone says nothing, the words around it must). Each rule's
comment holds the sentences it is for.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.event_kinds import (
    ARMED_CLASH,
    DIPLOMACY,
    DISASTER,
    ECONOMY,
    EXPLOSION,
    HUMANITARIAN,
    KINDS,
    LEGAL,
    OTHER,
    POLITICS,
    PROTEST,
    RIOT,
    STRATEGIC,
    VIOLENCE_AGAINST_CIVILIANS,
)
from timeline_app.core.extraction.lexicon import words

# A company, by what only a company is called: "Acme Corp.", "the firm", its holders.
_COMPANY = words("""
    company firm corporation inc corp ltd plc llc ag gmbh conglomerate subsidiary shareholder
    stockholder
""")

# What a clause whose subject names only firms ("Boeing and Lufthansa agreed ...") reads as
# its argument, a word of COMPANY (see ``firm_subjects``).
FIRM = "company"

# What a crowd is broken up with, as one reading (see ``CROWD_CONTROL_PAIRS``).
CROWD_CONTROL = "crowd-control"

# Classes of argument words (lemmas), named in the rules in UPPERCASE.
CLASSES: dict[str, frozenset[str]] = {
    # what strikes from afar (ACLED's explosions/remote violence), and the strikes themselves
    "REMOTE": words("""
        missile rocket drone aircraft air jet warplane plane helicopter bomber artillery shell
        mortar bomb ied landmine explosive grenade cruise ballistic howitzer launcher munition
        projectile airplane fighter-jet gunship
    """),
    "EXPLOSIONS": words("airstrike shelling bombing barrage shrapnel explosion blast"),
    # state forces
    "MILITARY": words("""
        troop soldier army force military marine commando battalion brigade regiment division
        navy naval warship fleet tank paratrooper infantry garrison reservist conscript
        personnel reinforcement frontline front trench base position checkpoint outpost
        patrol sailor airman marines
    """),
    "POLICE": words("""
        police policeman policemen officer gendarme guard riot-police sheriff trooper constable
    """),
    # armed groups that are not the state's
    "COMBATANT": words("""
        rebel militant fighter insurgent militia militiaman gunman gunmen guerrilla jihadist
        separatist paramilitary mercenary sniper terrorist extremist insurgency assailant
    """),
    # the unarmed, and the places they are found
    "CIVILIAN": words("""
        civilian villager village resident people person man men woman women child children
        family worshipper pilgrim passenger shopper student pupil journalist reporter market
        school hospital mosque church temple synagogue home house wedding funeral bus camp
        farmer herder fisherman refugee migrant hostage patient tourist shop neighbourhood
        pedestrian worker doctor nurse teacher baby infant girl boy villages teenager teen
        youth motorist bystander unarmed brother sister son daughter father mother husband wife
        relative cousin nephew niece grandson granddaughter grandfather grandmother
    """),
    "PROTESTER": words("""
        protester protestor demonstrator activist crowd marcher rally demonstration protest
        picket sit-in supporter
    """),
    "MOB": words("rioter mob looter vigilante hooligan riot"),
    # who strikes, and what a labour strike is about
    "LABOUR": words("""
        worker docker dockworker dockers longshoreman union unionist employee staff teacher
        nurse doctor driver miner pilot trucker railway railworker labour labor porter crew
        steelworker servant firefighter port factory walkout wage pay pension salary employer job
        picket
    """),
    "DISASTER": words("""
        earthquake quake tremor aftershock flood flooding storm hurricane typhoon cyclone
        tornado tsunami wildfire bushfire drought landslide mudslide avalanche eruption volcano
        heatwave blizzard monsoon rainfall epidemic pandemic outbreak virus flu influenza
        cholera ebola disease floodwater
    """),
    "COURT": words("""
        court judge justice jury tribunal prosecutor magistrate lawyer attorney trial verdict charge
        conviction indictment lawsuit prosecution
    """),
    "AID": words("""
        aid food medicine relief shelter tent water vaccine blanket humanitarian refugee evacuee
        rescuer rescue survivor convoy grain
    """),
    "WEAPON": words("""
        weapon arm ammunition tank howitzer launcher munition javelin anti-tank anti-armour
        anti-aircraft air-defence air-defense interceptor
    """),
    "MONEY": words("""
        money loan fund funding bailout credit cash dollar euro billion million payment grant
        investment budget price tax levy tariff rate share stock market currency bond bank
        deposit depositor debt inflation export import oil economy trade saving profit
        earnings revenue sales turnover dividend creditor shareholder investor income spending
        asset equity financing stockholder cent pence austerity payroll monetary fiscal
    """),
    "DIPLOMAT": words("""
        envoy ambassador diplomat delegation negotiator mediator embassy summit treaty accord
        talk talks counterpart
    """),
    "OFFICIAL": words("""
        minister official chief head director governor president premier mayor secretary
        chancellor adviser advisor cabinet spokesman spokeswoman commissioner
    """),
    "TRUCE": words("ceasefire cease-fire truce armistice"),
    # an officer's rank given ("was made a brigadier general", "promoted to colonel"); not
    # "general" or "major" alone, which are as often no rank ("a general strike")
    "RANK": words("""
        brigadier colonel lieutenant-colonel admiral rear-admiral vice-admiral commodore
        field-marshal major-general lieutenant-general brigadier-general
    """),
    # the public an official addresses ("urged residents to stay indoors")
    "PUBLIC": words("public citizen resident inhabitant motorist driver commuter consumer"),
    "LEGISLATION": words("""
        law bill act amendment constitution decree legislation budget reform resolution motion
    """),
    # ("a takeover bid" is business: a bid alone is no candidacy)
    "VOTE": words("""
        election re-election reelection vote poll referendum ballot seat race majority presidency
        candidacy electoral voter electorate candidate nominee
    """),
    # what is attacked in words, not arms ("critics attacked the plan")
    "STANCE": words("""
        critic criticism plan proposal policy decision remark comment statement idea record
        stance view rhetoric report claim
    """),
    # what is attacked over a network ("hackers attacked the website")
    "CYBER": words("""
        hacker hacking cyber cyberattack cyber-attack website computer server user online
        internet
    """),
    # buildings attacked that are no military target ("the attacks on the embassies")
    "PREMISES": words("""
        embassy consulate compound hotel office headquarters restaurant cafe mall station
        parliament ministry
    """),
    # what tells that an attack was violent: arms and what they did
    "HARM": words("""
        gun knife machete rifle axe firearm gunshot kill killing dead death wound wounded injure
        injury casualty victim bloodshed
    """),
    "COMPANY": _COMPANY,
    # who does business: a firm, and the trades ("supermarkets"); not a "group" or a
    # "giant", which may be anyone's
    "BUSINESS": _COMPANY
    | words("""
        supermarket supermarkets retailer retailers grocer shop shops store stores business
        businesses industry trader traders exporter exporters importer importers manufacturer
        manufacturers producer producers maker makers carmaker carmakers automaker automakers
        chipmaker chipmakers drugmaker drugmakers operator operators airline airlines insurer insurers lender
        lenders farmer farmers
    """),
    # a company and its offices: a chief executive resigning is business news
    "CORPORATE": words("ceo executive chairman chairwoman cfo co board financial") | _COMPANY,
    # who kills or robs outside any armed group: their victims are civilians
    "CRIMINAL": words("""
        gunman gunmen robber robbery burglar killer murderer attacker assailant stabber
        carjacker sniper
    """),
    # police work: who is sought, and how ("a manhunt for the suspect", "a DNA match")
    "INQUIRY": words("""
        suspect fugitive culprit perpetrator detective investigator fbi dna forensic evidence
        sample laboratory lab fingerprint warrant manhunt
    """),
    # what a firm runs and sells as its trade: an airline's flights, a maker's plant, a tour
    # operator's tours (what it launches or shows is a product, no business news: "the firm
    # unveiled a new phone", "the company launched a streaming service")
    "TRADE": words("""
        flight route operation production output plant factory mine store branch outlet tour
        trip safari cruise booking order
    """),
    # a deal between companies: "takeover talks", "a letter of intent to sell"
    "DEAL": words("takeover buyout merger acquisition stake intent tender"),
    # who acts for a court: what they do to someone or something is the court's work ("the
    # tribunal ordered the journalist's release", "the judge adjourned the hearing")
    "COURT_ACTOR": words("""
        court judge justice jury tribunal prosecutor prosecution magistrate lawyer attorney
    """),
    # what only the law deals in ("granted bail", "unsealed an indictment")
    "LEGAL_MATTER": words("""
        charge verdict sentence lawsuit indictment conviction acquittal bail warrant injunction
        subpoena plea testimony prosecution
    """),
    # who speaks for a state abroad
    "LEADER": words("""
        president premier chancellor minister king queen emperor monarch pope leader prince
        emir sheikh sultan taoiseach secretary-general
    """),
    # what flies in space and what only a flight there has: a rocket carrying these is a
    # launcher, no weapon
    "SPACEFLIGHT": words("""
        space spacecraft spaceflight spaceport satellite orbit orbital astronaut cosmonaut
        capsule payload launchpad launch-pad
    """),
    # who governs, as a body: a government, a regime, the authorities of a place
    "GOVERNING": words("""
        government administration authority regime junta cabinet ministry council
        municipality legislature parliament congress senate
    """),
    "TERRITORY": words("""
        town city village territory region province district airport area hill bridge
        control ground stronghold capital port island peninsula
    """),
}


@dataclass(frozen=True, slots=True)
class Sense:
    """What a predicate names: the rules tried on its arguments, then its default."""

    lemmas: frozenset[str]
    rules: tuple[tuple[frozenset[str], str], ...]
    default: str | None
    # False for a lemma too common outside its sense to count when only found in the text
    # ("the weather was fine"); it still counts when the parser names it the predicate.
    in_text: bool = True
    # The kind when the verb takes a direct object in the clause ("demonstrated its new
    # phone"), for a verb whose sense changes with one.
    with_object: str | None = None
    # Whether what the clause says ("warned that prices would rise") counts after the clause's
    # own words: a warning's kind is what it warns of.
    reads_what_is_said: bool = False
    # Lines read on the whole clause before the arguments: a circumstance the clause tells
    # outweighs what its arguments name ("the rocket exploded after lift-off" is an accident,
    # whatever else a rocket may be).
    clause_first: tuple[tuple[frozenset[str], str], ...] = ()
    # Lines read on the whole sentence first when the clause names no one who did it ("two
    # fishermen were killed when a storm lashed the coast", "four hikers died as a landslide
    # swept the trail"): the cause is told outside the clause, its victims inside.
    cause_outside: tuple[tuple[frozenset[str], str], ...] = ()
    # Lines read on the act's agent and patient before any other ("he was shot by police":
    # the state's forces against a person), see ``RoleLine``.
    by_roles: tuple[RoleLine, ...] = ()


# A cue of a role: words of each of its parts must be there ("LEADER+state": a leader of a
# state named, "the Turkish president").
RoleCue = tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class RoleLine:
    """A kind given by who does an act and who undergoes it: each role must hold a word of
    one of its cues (no cues: anyone, even no one). ``kind`` empty: the roles decide
    nothing, the lines after it are not read."""

    agent: tuple[RoleCue, ...]
    patient: tuple[RoleCue, ...]
    kind: str

    def fits(self, agent: frozenset[str], patient: frozenset[str]) -> bool:
        return _holds(agent, self.agent) and _holds(patient, self.patient)


def _holds(role: frozenset[str], cues: tuple[RoleCue, ...]) -> bool:
    if not cues:
        return True
    return any(
        bool(role) if cue == _SOMEONE else all(not part.isdisjoint(role) for part in cue)
        for cue in cues
    )


# The cue "*": the role is filled, whoever fills it ("the judge adjourned the hearing", not
# "the judge died").
_SOMEONE: RoleCue = ()


def _role_cue(word: str) -> RoleCue:
    if word == "*":
        return _SOMEONE
    return tuple(CLASSES[part] if part.isupper() else frozenset({part}) for part in word.split("+"))


def role_line(line: str) -> RoleLine:
    """A line "AGENT cues | PATIENT cues -> kind" ("*": someone, no cue: even no one; "-":
    the roles decide nothing)."""
    roles, kind = (part.strip() for part in line.split("->"))
    agent, patient = (part.split() for part in roles.split("|"))
    kind = "" if kind == "-" else kind
    if kind and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} in {line!r}")
    return RoleLine(tuple(map(_role_cue, agent)), tuple(map(_role_cue, patient)), kind)


def _rule(line: str) -> tuple[frozenset[str], str]:
    cue, kind = (part.strip() for part in line.split("->"))
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} in {line!r}")
    found: set[str] = set()
    for word in cue.split():
        found |= CLASSES[word] if word.isupper() else {word}
    return frozenset(found), kind


def sense(
    lemmas: str,
    *lines: str,
    default: str | None = None,
    in_text: bool = True,
    with_object: str | None = None,
    reads_what_is_said: bool = False,
    clause_first: tuple[str, ...] = (),
    cause_outside: tuple[str, ...] = (),
    by_roles: tuple[str, ...] = (),
) -> Sense:
    """A predicate's rule, written as lines "CLASS word ... -> kind" (see the module doc)."""
    for kind in (default, with_object):
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} for {lemmas!r}")
    rules = tuple(_rule(line) for line in lines)
    first = tuple(_rule(line) for line in clause_first)
    outside = tuple(_rule(line) for line in cause_outside)
    return Sense(
        words(lemmas),
        rules,
        default,
        in_text,
        with_object,
        reads_what_is_said,
        first,
        outside,
        tuple(role_line(line) for line in by_roles),
    )


# "Missiles struck the port", "a drone strike", "aircraft launched strikes on the city";
# "dockers at the port went on strike", "a hunger strike", "a general strike"; "an earthquake
# struck the province"; "the two sides struck a deal".
_STRIKES = (
    "REMOTE EXPLOSIONS -> explosion",
    "DISASTER -> disaster",
    "deal agreement accord bargain -> diplomacy",
    "LABOUR PROTESTER hunger general wildcat one-day nationwide -> protest",
    # "yields on Treasuries hit a five-year high"
    "MONEY yield -> economy",
    "launch carry conduct retaliatory retaliation target kill destroy MILITARY -> explosion",
    # a state's strike is its forces' ("Israeli strikes continued", "a US strike began")
    "state -> explosion",
)
# A strike that begins, goes on or ends is a stoppage, whoever's: a missile strike is over in
# a moment ("the strike began on 1 March", "the strike entered its third week"; not "air
# strikes began at dawn" nor "Israeli strikes continued", which the lines before decide).
_STRIKE_LASTS = "begin start end continue enter spread resume escalate -> protest"

# Armed violence and its look-alikes -----------------------------------------------------------


# What a killing or a wounding is, by who did it to whom (see the rules for "kill" below).
_HARMS = (
    "REMOTE EXPLOSIONS -> explosion",
    "DISASTER -> disaster",
    # a crowd's own rush kills with no hand behind it ("a stampede killed 12 fans")
    "aboard astronaut accident crash stampede -> disaster",
    "MOB -> riot",
    "PROTESTER -> protest",
    "clash fighting battle combat crossfire firefight -> armed clash",
    "CIVILIAN -> violence against civilians",
    "he she him her -> violence against civilians",
    "MILITARY POLICE -> armed clash",
    "CRIMINAL -> violence against civilians",
    "COMBATANT -> armed clash",
)
# Who harmed whom, read before the words around the act: the state's forces, armed groups or
# criminals against protesters are a protest (ACLED: excessive force against protesters),
# against each other a clash, against anyone else violence against civilians ("troops shot
# dead two gunmen", "he was shot in the leg by police", "a shepherd was beaten by soldiers").
_ARMED = "MILITARY POLICE COMBATANT CRIMINAL"
_HARMS_BY_ROLES = (
    f"{_ARMED} | PROTESTER -> protest",
    f"{_ARMED} | MILITARY POLICE COMBATANT commander -> armed clash",
    f"{_ARMED} | * -> violence against civilians",
)
# What kills or ruins with no hand named in the clause, told in the clause or else anywhere
# in the sentence: "were killed when a storm battered the coast", "died when their helicopter
# crashed", "were killed when a roadside bomb hit their convoy" (not "when gunmen opened
# fire", whose victims are the clause's). Craft that crash are no air raid, so the weapons
# are named one by one.
_CAUSES = (
    # "were killed when the hotel collapsed", "died when a mine shaft caved in", "were
    # trampled to death in a stampede at the gates"
    "accident crash collide capsize derail collapse cave-in stampede -> disaster",
    "bomb ied explosive landmine grenade missile rocket mortar artillery shell drone "
    "EXPLOSIONS -> explosion",
    "DISASTER blaze wildfire -> disaster",
)

SENSES: tuple[Sense, ...] = (
    # "Missiles struck the port", "a drone strike", "aircraft launched strikes on the city";
    # "dockers at the port went on strike", "a hunger strike", "a general strike";
    # "an earthquake struck the province"; "the two sides struck a deal".
    sense("strike", *_STRIKES, _STRIKE_LASTS),
    sense("hit pound", *_STRIKES),
    # "Gunmen attacked a village", "rebels attacked an army base", "rebels overran the camp".
    # An attack in words or on a website is no violence: "critics attacked the plan",
    # "hackers attacked the website"; one on an embassy or with casualties is: "the attacks
    # on the embassies", "the attack killed four".
    sense(
        "attack assault raid ambush overrun",
        "CYBER -> other",
        "STANCE -> other",
        "REMOTE EXPLOSIONS -> explosion",
        "DISASTER -> disaster",
        "MOB PROTESTER -> riot",
        "CIVILIAN -> violence against civilians",
        "MILITARY POLICE COMBATANT TERRITORY -> armed clash",
        "PREMISES HARM -> violence against civilians",
    ),
    # "Protesters stormed parliament", "troops stormed the building"; "a storm battered the
    # coast" (the noun, whoever's predicate it is an argument of).
    sense(
        "storm",
        "MOB PROTESTER -> riot",
        "MILITARY POLICE COMBATANT -> armed clash",
        default=DISASTER,
    ),
    # "Gunmen killed 12 villagers", "soldiers shot two farmers"; "a roadside bomb killed three
    # soldiers"; "police shot dead two protesters" (ACLED: excessive force against protesters
    # is a protest event); "a mob lynched a man"; "the flood killed 30 people".
    # One person shot or killed ("he was shot in the shoulder by a gunman", "she was killed
    # by two robbers") is a civilian attacked; a gunman's or a robber's victims are civilians
    # unless soldiers or police are named ("gunmen killed three soldiers": a clash).
    sense("kill wound injure", *_HARMS, cause_outside=_CAUSES, by_roles=_HARMS_BY_ROLES),
    # A person named as shot, and nothing else said ("Lena Varga was shot in Riga"), was
    # attacked: a shot is no accident. Not someone shot to fame or shooting a film.
    sense(
        "shoot",
        *_HARMS,
        "proper-name -> violence against civilians",
        clause_first=("fame stardom prominence film movie video footage scene episode -> other",),
        by_roles=_HARMS_BY_ROLES,
    ),
    # "A teenager was beaten to death by soldiers", "police beat the marchers with batons"
    # (a team beating another is sport: only who harmed whom decides).
    sense("beat", by_roles=_HARMS_BY_ROLES, in_text=False),
    # "A shopkeeper was stabbed to death", "the governor was assassinated", "the couple were
    # murdered in their home".
    sense(
        "murder stab assassinate assassination slay slaying",
        "REMOTE EXPLOSIONS -> explosion",
        default=VIOLENCE_AGAINST_CIVILIANS,
    ),
    # "Three soldiers died in the ambush", "two children died in the floods"; a death alone
    # ("the founder died at 56") says no more than its words around it.
    sense(
        "die",
        "REMOTE EXPLOSIONS -> explosion",
        "DISASTER crash accident stampede -> disaster",
        "clash fighting battle combat crossfire -> armed clash",
        "shooting gunman gunmen gunfire massacre -> violence against civilians",
        cause_outside=_CAUSES,
    ),
    # "Militiamen massacred villagers", "gunmen abducted 40 schoolgirls".
    sense(
        "massacre behead slaughter abduct kidnap rape torture disappear abduction "
        "kidnapping atrocity",
        "REMOTE EXPLOSIONS -> explosion",
        default=VIOLENCE_AGAINST_CIVILIANS,
    ),
    # "The junta executed four activists"; not "the team will execute the plan".
    sense(
        "execute execution",
        "plan strategy order task job project programme program contract trade deal "
        "transaction command -> other",
        "REMOTE EXPLOSIONS -> explosion",
        default=VIOLENCE_AGAINST_CIVILIANS,
    ),
    # "Police fired tear gas at protesters"; "rebels fired rockets into the city"; "the
    # president fired his finance minister"; "soldiers opened fire on civilians"; "forest
    # fires raged in the north".
    sense(
        "fire gunfire",
        # what is fired at a crowd is for crowds: "police fired tear gas at marching students"
        f"PROTESTER tear teargas tear-gas water-cannon {CROWD_CONTROL} -> protest",
        "MOB -> riot",
        "REMOTE EXPLOSIONS -> explosion",
        # "forest fires spread", "fires and smoke over the state": fires that burn land;
        # fires counted by satellites or raging ("4,000 fires were detected")
        "forest bush brush grass blaze flame smoke acre hectare firefighter extinguish "
        "detect rage DISASTER -> disaster",
        "OFFICIAL -> politics",
        "CIVILIAN -> violence against civilians",
        "MILITARY POLICE COMBATANT -> armed clash",
    ),
    # "Troops clashed with rebels"; "protesters clashed with police" (ACLED: a riot).
    # "... a chance to fight in federal court", "she fought the election on the economy";
    # "the board fought the takeover".
    # Crews fighting a fire fight a disaster, whoever they are: "firefighters battled a blaze at
    # the depot", "soldiers fought the flames" (a fire alone is no cue: "rebels fought under
    # fire" is a clash).
    sense(
        "clash fight battle skirmish engage firefight counterattack fighting",
        "firefighter fire-fighter blaze flame wildfire bushfire DISASTER -> disaster",
        "MOB PROTESTER -> riot",
        "COURT -> legal",
        "DEAL COMPANY -> economy",
        "VOTE -> politics",
        "cancer illness disease addiction -> other",
        default=ARMED_CLASH,
    ),
    # "Russia invaded Crimea", "government forces retook the town", "rebels besieged the city".
    sense(
        "invade invasion besiege siege encircle recapture retake liberate offensive "
        "counteroffensive counter-offensive repel repulse war",
        default=ARMED_CLASH,
    ),
    # "The tribes rose in a rebellion against the governor", "the 1962 uprising": ACLED codes
    # an armed rising against the state as a battle (a crowd's own violence, a riot, is told
    # by "riot"); a revolt of members or holders is a vote: "backbenchers revolted against
    # the bill".
    sense(
        "rebellion revolt uprising insurrection mutiny",
        "VOTE LEGISLATION party backbencher lawmaker mp -> politics",
        "shareholder investor holder -> economy",
        default=ARMED_CLASH,
    ),
    # "Rebels captured the town" (a battle for ground); "troops captured 20 fighters",
    # "the navy seized a tanker" (ACLED: arrests and seizures are strategic developments);
    # "deputies seized stolen goods and cash" (police work).
    sense(
        "capture seize",
        "TERRITORY -> armed clash",
        "computer laptop phone document drug evidence passport stolen counterfeit contraband "
        "cash -> legal",
        "MILITARY POLICE COMBATANT weapon ship tanker vessel cargo asset property -> strategic",
        "MONEY -> economy",
        default=ARMED_CLASH,
    ),
    # "Artillery shelled the town", "a car bomb exploded", "the bombing of the market".
    sense("shell bomb bombard bombing shelling airstrike bombardment", default=EXPLOSION),
    # "A car bomb exploded outside the hotel"; an explosion at a plant or of gas is an
    # accident: "a boiler exploded at the refinery", "a gas explosion tore through a block";
    # so is a space rocket's, whatever its arguments: "the rocket exploded after lift-off",
    # "a booster blew up on the launch pad" (no attack launches from a pad).
    sense(
        "explode detonate blast explosion",
        "bomb ied explosive device grenade suicide REMOTE EXPLOSIONS -> explosion",
        "gas boiler pipeline refinery chemical factory plant fireworks firework methane leak "
        "-> disaster",
        default=EXPLOSION,
        clause_first=(
            "lift-off liftoff launchpad launch-pad pad spacecraft spaceport booster payload "
            "satellite orbit orbital capsule countdown astronaut -> disaster",
        ),
        # What blew up of itself is told by its sentence: "the carrier returned to flight a
        # year after its rocket exploded" (an accident); "a rocket fired by militants
        # exploded", "a bomb exploded near the school" (an attack, whatever else is said).
        cause_outside=(
            "bomb ied explosive device grenade suicide attack attacker fire militant "
            "COMBATANT MILITARY -> explosion",
            "flight spaceflight lift-off liftoff launchpad launch-pad spacecraft spaceport "
            "booster payload satellite orbit orbital capsule astronaut space nasa -> disaster",
        ),
    ),
    # "Rioters looted shops", "protesters threw stones at police", "a mob torched cars";
    # "militiamen burned villages", "a wildfire burned 1,000 hectares".
    sense("riot ransack vandalise vandalize rioting unrest", default=RIOT),
    # "Rioters went on a rampage"; soldiers or militiamen on a rampage kill civilians.
    sense(
        "rampage",
        "MILITARY POLICE COMBATANT security -> violence against civilians",
        default=RIOT,
    ),
    sense("loot pillage looting", "MILITARY COMBATANT -> strategic", default=RIOT),
    sense(
        "burn torch",
        "MOB PROTESTER -> riot",
        "DISASTER wildfire -> disaster",
        "CIVILIAN -> violence against civilians",
        "MILITARY COMBATANT POLICE -> strategic",
    ),
    # "The old mill burned down in 2011", "the hotel burned down overnight": a fire, an
    # accident unless someone is named who set it ("the depot was burned down by rioters").
    sense(
        "burn-down",
        "MOB PROTESTER -> riot",
        "MILITARY COMBATANT POLICE -> strategic",
        "arson arsonist CRIMINAL -> violence against civilians",
        default=DISASTER,
        in_text=False,
    ),
    # "A fire destroyed 40 homes", "shelling destroyed the bridge", "rioters wrecked the
    # station", "rebels razed the village" (ACLED: destruction by an armed group is a
    # strategic development).
    sense(
        "destroy ravage gut raze demolish wreck",
        "fire blaze DISASTER -> disaster",
        "REMOTE EXPLOSIONS -> explosion",
        "MOB PROTESTER -> riot",
        "MILITARY COMBATANT -> strategic",
    ),
    sense(
        "throw hurl",
        "stone rock brick molotov petrol bottle firebomb -> riot",
        f"{CROWD_CONTROL} -> protest",
        "grenade -> explosion",
    ),
    # Protest -----------------------------------------------------------------------------------
    # "Thousands protested in the capital", "nurses staged a walkout", "dockers walked out";
    # "demonstrators thronged the square".
    sense(
        "protest demonstration march picket walkout sit-in boycott demonstrator protester "
        "go-slow work-to-rule "
        "protestor marcher",
        "MONEY -> economy",
        "violent violently stone molotov MOB -> riot",
        "MILITARY COMBATANT -> strategic",
        default=PROTEST,
    ),
    # "Thousands demonstrated against the war"; with an object the verb shows a thing:
    # "the company demonstrated its new phone", "the leader rallied support".
    sense(
        "demonstrate rally",
        "violent violently stone molotov MOB -> riot",
        default=PROTEST,
        with_object=OTHER,
    ),
    # "Hundreds gathered to chant slogans", "activists chained themselves to the gates".
    # ... and "hundreds gathered to denounce the ruling": a crowd met to decry is a protest.
    sense(
        "gather walk chant chain",
        "PROTESTER LABOUR denounce condemn decry -> protest",
    ),
    # "Youths smashed shop windows" (their own violence: a riot); "police smashed a ring" is
    # none.
    sense("smash", "window windscreen shopfront storefront -> riot"),
    # "Police dispersed the crowd", "security forces cracked down on demonstrators".
    # ... and "the government cracked down on people smuggling" (police work: legal).
    sense(
        "disperse crackdown crack",
        "PROTESTER MOB -> protest",
        "crime criminal trafficking trafficker smuggling smuggler fraud corruption drug gang "
        "cartel gambling piracy -> legal",
    ),
    # "Protesters occupied the square"; "Russian forces occupied the airport".
    # ... and "students occupied the library" (a sit-in).
    sense("occupy occupation", "PROTESTER LABOUR student -> protest", default=STRATEGIC),
    sense("blockade block bar", "PROTESTER LABOUR -> protest", "MILITARY REMOTE -> strategic"),
    # Strategic developments: moves of armed forces that are not fighting ---------------------
    # "Russia massed troops on the border", "Canada deployed special forces", "the UK began
    # supplying anti-tank weapons", "Russian troops arrived in Belarus", "US troops withdrew".
    # "Canada deployed special forces"; "a warship was deployed to rescue the migrants".
    sense(
        "deploy redeploy deployment mobilise mobilize mobilisation mobilization",
        "rescue retrieve evacuate evacuation search relief -> humanitarian",
        default=STRATEGIC,
    ),
    sense(
        "mass amass station reinforce dispatch position build-up buildup pull retreat "
        "arrive train recruit withdraw withdrawal patrol",
        "candidate candidacy VOTE -> politics",
        "treaty agreement accord deal DIPLOMAT -> diplomacy",
        "MILITARY WEAPON REMOTE COMBATANT -> strategic",
        "AID -> humanitarian",
    ),
    # "The UK sent anti-tank weapons", "the EU sent aid", "the IMF provided a loan",
    # "Canada offered to send special forces", "Britain pledged to rebuild the navy".
    # "Troops moved into the city"; not "the chief executive moved on to talk about ...".
    sense("move", "MILITARY WEAPON REMOTE COMBATANT -> strategic"),
    # A natural force that forces people out is a disaster: "floodwaters forced thousands from
    # their homes", "the wildfire forced the town's evacuation". Only the verb's own forms are
    # named here: the noun "forces" is an army's.
    sense("forced forcing", "DISASTER blaze wildfire -> disaster"),
    # "The evidence was sent to a state laboratory". Someone sent into space, an officer
    # too, is on a flight, no deployment: "the pilot was sent into orbit aboard a capsule".
    sense(
        "send supply deliver provide ship transfer sell give donate airlift arm",
        "space orbit spacecraft spaceflight capsule astronaut cosmonaut -> other",
        "evidence sample laboratory lab forensic -> legal",
        "MILITARY WEAPON REMOTE -> strategic",
        "AID -> humanitarian",
        "MONEY -> economy",
        "DIPLOMAT -> diplomacy",
    ),
    # "Iran offered talks", "the EU pledged aid", "Norway offered its help in the dispute";
    # a firm offering a free case to buyers or promising a new release is no diplomacy.
    sense(
        "offer pledge promise vow",
        "reward bounty -> legal",
        "MILITARY WEAPON REMOTE -> strategic",
        "AID -> humanitarian",
        "MONEY -> economy",
        "talk talks negotiation mediation asylum support assistance apology condolence "
        "cooperation dispute crisis conflict standoff DIPLOMAT -> diplomacy",
    ),
    # "The two sides agreed a ceasefire", "rebels surrendered", "the army staged a coup".
    sense(
        "ceasefire cease-fire truce armistice surrender defect disarm demobilise coup",
        default=STRATEGIC,
    ),
    sense(
        "exercise drill manoeuvre maneuver",
        "MILITARY REMOTE naval joint -> strategic",
        "amphibious landing -> strategic",
    ),
    # A launch into space is no missile fired nor forces moved, whatever carries it: "the
    # space agency launched a rocket carrying two astronauts", "a rocket carrying a weather
    # satellite lifted off" (see ``ACTS_UNDERGONE``); "Ostria launched a ballistic missile
    # into the sea" stays the weapon's.
    sense("lift-off liftoff", "MILITARY COMBATANT -> strategic", default=OTHER),
    sense(
        "test launch",
        "test nuclear -> strategic",
        "CYBER -> other",
        "fbi dna forensic investigator detective evidence -> legal",
        "offensive attack assault operation invasion -> armed clash",
        "REMOTE EXPLOSIONS -> explosion",
        "investigation probe inquiry -> legal",
        "campaign -> politics",
        clause_first=("SPACEFLIGHT -> other",),
    ),
    # "Police arrested 30 protesters" (ACLED: a protest with intervention); "troops arrested
    # ten fighters" (a strategic development); "police arrested the mayor on fraud charges".
    sense(
        "arrest detain apprehend round-up",
        "PROTESTER -> protest",
        "COMBATANT MILITARY -> strategic",
        default=LEGAL,
    ),
    # A car pulled over is stopped by the police: "the van was pulled over on the ring road",
    # "a trooper pulled over a driver" (see ``PHRASAL_ACTS``); troops pulled back over a river
    # are not.
    sense("pull-over", "MILITARY COMBATANT -> strategic", default=LEGAL, in_text=False),
    # Jobs cut are business, whoever cuts them: "the carmaker laid off 300 workers", "she was
    # laid off in March" (see ``PHRASAL_ACTS``).
    sense("lay-off layoff", default=ECONOMY),
    # What is called off takes the kind of what it was: "the union called off the strike",
    # "the two sides called off the talks"; tours or flights called off are a firm's trade.
    sense(
        "call-off",
        "LABOUR walkout strike -> protest",
        "PROTESTER protest -> protest",
        "talk talks summit meeting visit DIPLOMAT -> diplomacy",
        "VOTE -> politics",
        "offensive attack assault operation TRUCE -> strategic",
        "TRADE COMPANY BUSINESS -> economy",
    ),
    # A signal sent tells the kind of what it signals: "the ministry sent signals that the
    # brigades would withdraw", "the central bank signalled a rate cut"; a state's signal of
    # anything else is diplomacy ("Ostria signalled it would reopen its embassy").
    sense(
        "signal",
        "MONEY -> economy",
        "state government DIPLOMAT leader -> diplomacy",
        in_text=False,
        reads_what_is_said=True,
        clause_first=("withdraw withdrawal pullout pull-out MILITARY WEAPON TRUCE -> strategic",),
    ),
    # Legal -------------------------------------------------------------------------------------
    # "The court sentenced him to ten years", "prosecutors charged the former minister".
    sense(
        "sentence convict acquit indict prosecute jail imprison extradite plead verdict trial "
        "lawsuit litigation sue testify acquittal conviction subpoena indictment investigate "
        "investigation probe inquiry prosecution overturn uphold",
        default=LEGAL,
    ),
    # "Prosecutors charged the mayor"; "the insurer took a $40 million charge for storm
    # claims" (against its earnings: business).
    sense(
        "charge",
        "insurer earnings quarter quarterly pretax pre-tax after-tax write-off writedown "
        "restructuring layoff -> economy",
        default=LEGAL,
    ),
    # "Police named the suspect", "detectives identified the gunman"; "the board named a new
    # chief executive"; "she was named deputy governor of the province".
    sense(
        "name identify",
        "INQUIRY CRIMINAL -> legal",
        "CORPORATE -> economy",
        "minister commissioner governor ambassador envoy secretary viceroy consul RANK -> politics",
    ),
    # A rank or an office given is an appointment ("she was promoted to colonel", "he was made
    # a rear admiral in 2004", "the board made her its chairwoman"); a firm promoting its
    # wares is not ("the company promoted its new tablet"), and an office in a firm is
    # business ("she was promoted to chief executive"). "Make" counts only where the
    # parser names it the clause's verb, and only with a rank among the clause's words.
    sense(
        "promote promotion",
        "ceo executive chairman chairwoman cfo board -> economy",
        "RANK OFFICIAL LEADER DIPLOMAT -> politics",
    ),
    sense("make", "RANK -> politics", in_text=False),
    # "A manhunt began for the fugitive", "a judge issued a warrant", "the bureau put him on
    # its most-wanted list".
    sense("manhunt warrant most-wanted fugitive", default=LEGAL),
    # "The DNA matched samples from the scene"; a match in sport is none.
    sense("match", "INQUIRY -> legal"),
    # "Officers questioned the driver"; "the senator questioned the plan".
    sense("question interrogate interview", "POLICE INQUIRY COURT -> legal"),
    # "The band's latest suit was filed in London" (the parser's noun; a suit worn is none).
    sense("suit", default=LEGAL, in_text=False),
    # "A regulator fined the bank $2 million"; not "the weather was fine".
    sense(
        "fine",
        "COURT regulator authority watchdog penalty dollar euro pound million billion -> legal",
        in_text=False,
    ),
    # "Prosecutors accused the mayor of fraud"; "Russia accused the West of provocation";
    # "the families alleged excessive force by deputies".
    sense(
        "accuse allege",
        "COURT POLICE killer murder crime fraud corruption bribery fbi suspect brutality "
        "misconduct abuse negligence harassment discrimination excessive -> legal",
        default=DIPLOMACY,
    ),
    # "Kenya handed the suspects over for trial", "the army handed power to civilians".
    sense(
        "hand",
        "COURT suspect -> legal",
        "power presidency -> politics",
        "TERRITORY -> strategic",
    ),
    # "The relatives filed affidavits", "lawyers filed a brief"; "the airline filed for
    # bankruptcy".
    sense(
        "file",
        "bankruptcy insolvency -> economy",
        "COURT affidavit brief suit complaint petition motion appeal -> legal",
    ),
    # "The court ruled that ...", "the immigration commissioner ruled the boy must go back";
    # "she ruled out a run", "the king ruled the country for 30 years".
    sense(
        "rule ruling",
        "COURT -> legal",
        "out -> other",
        "country nation kingdom empire state -> politics",
        "authority agency commission commissioner regulator service tribunal -> legal",
        # what a body rules that must be is its ruling, whatever the body: "the licensing
        # board ruled that the casino must close"
        "that -> legal",
        # and so when the clause ends before what is ruled ("the board ruled in May that ...")
        reads_what_is_said=True,
    ),
    sense(
        "dismiss",
        "COURT case appeal -> legal",
        "OFFICIAL -> politics",
    ),
    sense("appeal", "COURT ruling sentence -> legal"),
    # Disaster ----------------------------------------------------------------------------------
    # "An earthquake struck eastern Turkey", "floods swept the region".
    sense(
        "earthquake quake tremor flood flooding hurricane typhoon cyclone tornado tsunami "
        "wildfire bushfire eruption landslide mudslide drought avalanche epidemic pandemic "
        "heatwave blizzard",
        default=DISASTER,
    ),
    sense(
        "outbreak erupt",
        "fighting war violence hostility clash MILITARY COMBATANT -> armed clash",
        "PROTESTER protest -> protest",
        "riot unrest MOB -> riot",
        "volcano DISASTER -> disaster",
    ),
    # Humanitarian ------------------------------------------------------------------------------
    # "Thousands fled the fighting", "the UN evacuated the wounded", "rescuers found a body".
    sense(
        "flee displace evacuate evacuation rescue starve famine aid relief exodus",
        "ambassador diplomat embassy -> diplomacy",
        default=HUMANITARIAN,
    ),
    # "Rescuers found a body", "a boy was found adrift at sea".
    # "A jury found the ferryman guilty of arson", "the court found that the levy was
    # unlawful": what a court finds is its ruling; "rescuers found a survivor" is aid.
    # Bombs or arms found are no explosion: "police found a bag of pipe bombs", "troops
    # recovered an arms cache" (ACLED: a strategic development). Someone found clinging to
    # a float at sea is rescued. Loot or a getaway car found is police work, and so is what
    # the police say was found ("the van was found in a car park, the FBI said").
    sense(
        "find recover discover",
        "rescuer body survivor adrift drift cling float tube lifeboat dinghy sea raft AID "
        "-> humanitarian",
        "POLICE INQUIRY steal stolen loot getaway -> legal",
        reads_what_is_said=True,
        # what is found decides before who found it: "detectives found pipe bombs"
        clause_first=(
            "COURT guilty innocent liable -> legal",
            "bomb ied explosive device grenade landmine mine cache WEAPON -> strategic",
        ),
    ),
    # "The search for the fugitive widened", "police searched the house", "the hunt for the
    # escaped inmates"; "rescuers searched the rubble for survivors".
    sense(
        "search hunt",
        "POLICE INQUIRY CRIMINAL escapee escaped inmate prisoner -> legal",
        "rescuer survivor missing victim body rubble wreckage AID -> humanitarian",
        # with neither police nor rescuers named, a place searched is police work: "they
        # searched the bakery and his flat", "the search for Ms Odell widened"
        "PREMISES home house flat apartment residence restaurant bakery shop store car "
        "vehicle property premises proper-name -> legal",
    ),
    # "The navy saved 200 migrants at sea"; "the firm saved $2 million"; a keeper saving a
    # shot is sport.
    sense(
        "save",
        "MONEY -> economy",
        "navy coastguard rescuer life CIVILIAN -> humanitarian",
    ),
    # Economy ------------------------------------------------------------------------------------
    # "The EU imposed sanctions on Russia", "Cyprus agreed a levy on deposits".
    sense(
        "sanction embargo bailout levy tariff devalue devaluation inflation recession bankrupt "
        "bankruptcy nationalise nationalize privatise privatize default",
        default=ECONOMY,
        in_text=True,
    ),
    sense(
        "price",
        default=ECONOMY,
    ),
    sense(
        "rise fall soar plunge slump drop climb jump surge tumble rebound increase decrease "
        "double triple halve slide slip dip",
        "MONEY yield -> economy",
        # what an economy makes and how many work: "coal output slid 9 percent", "wind power
        # increased by a third"
        "output production electricity energy coal generation consumption unemployment "
        "employment jobless payroll -> economy",
        "MILITARY COMBATANT REMOTE -> strategic",
    ),
    sense(
        "impose lift extend introduce approve adopt pass freeze cut raise",
        "reward bounty -> legal",
        "TRUCE -> strategic",
        # "the council cut two million euros from its budget": money taken from a budget is
        # business, though passing the budget is politics
        "dollar euro pound yen funding spending austerity -> economy",
        # "the carmaker cut 4,000 jobs": work cut is business, whoever cuts it
        "job workforce payroll -> economy",
        "LEGISLATION curfew emergency -> politics",
        "sanction embargo tariff levy tax MONEY -> economy",
        "MILITARY WEAPON -> strategic",
        "AID -> humanitarian",
        # "the two states announced a peace accord"; "the chipmaker announced a deal to
        # supply a carmaker", "the firm announced a contract with the railway" (a product
        # it announces is no business news to a coder: "announced its new phone")
        "peace treaty accord -> diplomacy",
        "deal contract partnership DEAL -> economy",
    ),
    # What is announced is read after the announcing clause, forces first: "Ostria announced
    # it would withdraw its troops", "the firm announced that prices would rise by $3
    # million"; "the two states announced a peace accord".
    sense(
        "announce",
        "reward bounty -> legal",
        "TRUCE -> strategic",
        "MILITARY WEAPON -> strategic",
        "LEGISLATION curfew emergency -> politics",
        "dollar euro pound yen funding spending austerity sanction embargo tariff levy tax "
        "MONEY -> economy",
        "AID -> humanitarian",
        "peace treaty accord -> diplomacy",
        "deal contract partnership DEAL -> economy",
        reads_what_is_said=True,
    ),
    # A ban is a policy of whoever may impose one: "the Ministry of Culture banned the
    # festival", "some agencies have banned the spray"; a court's is its order, one on trade
    # business.
    sense(
        "ban prohibit outlaw forbid",
        "COURT -> legal",
        "import export trade MONEY -> economy",
        "government ministry council parliament state authority agency OFFICIAL -> politics",
    ),
    sense("invest trade export import borrow lend", default=ECONOMY, in_text=False),
    # A firm taking on staff is business news: "the airline hired 900 pilots"; "the sheriff
    # hired two deputies" is none.
    sense("hire employ", "COMPANY BUSINESS -> economy", in_text=False),
    # What a country or an industry makes: "the country generates a third of its power from
    # wind", "the mine produced 2 million tonnes of coal"; "the studio produced a film" is none.
    sense(
        "generate produce",
        "output electricity energy power coal oil gas steel grain crop tonne barrel MONEY "
        "-> economy",
        in_text=False,
    ),
    # "The bank reported a record profit"; not "the agency reported heavy fighting".
    sense("report post", "MONEY -> economy", in_text=False),
    # "Eleven people drowned when their boat sank", "a boy drowned in the river": an accident.
    sense("drown", default=DISASTER),
    # Accidents: "two military helicopters crashed", "a ferry capsized", "a mine collapsed";
    # but "shares crashed", "the talks collapsed", "the coalition collapsed".
    sense(
        "crash collide derail capsize sink collapse disintegrate",
        "MONEY -> economy",
        "talk talks negotiation deal agreement TRUCE DIPLOMAT -> diplomacy",
        "government coalition cabinet party regime LEGISLATION -> politics",
        "REMOTE train ferry boat ship vessel bus car truck lorry coach building bridge mine "
        "dam tunnel roof stadium tower shuttle spacecraft -> disaster",
        # a structure that falls in: "the hotel collapsed", "a factory block caved in"
        "hotel house home block apartment factory mill warehouse church mosque school mall "
        "market wall ceiling balcony scaffolding crane grandstand stand -> disaster",
    ),
    # "Hostages were released", "the two sides exchanged prisoners" (ACLED: an agreement,
    # a strategic development); not "the band released an album".
    sense(
        "release free exchange swap",
        "hostage prisoner detainee captive -> strategic",
        "bail parole custody jail prison probation -> legal",
        # a report or pictures put out tell of something else, whatever they are about:
        # "the agency released a report on the oil spilled", "released satellite images of
        # the fires"
        "report study survey image photo photograph picture video footage -> other",
        "MONEY -> economy",
    ),
    # A life: "she was born in Leeds", "he married his co-star", "she graduated in 1972"
    # (the words around a birth say nothing of its kind: "born on 3 March" is no march).
    sense("bear born marry wed graduate", default=OTHER),
    # Diplomacy ----------------------------------------------------------------------------------
    # "The foreign ministers met for talks", "Netanyahu apologised to Turkey", "Erdogan
    # accepted the apology", "the two countries restored ties".
    sense(
        "meet meeting visit summit negotiate negotiation apologise apologize apology "
        "recognise recognize recognition mediate condemn sever normalise normalize confer "
        "condolence",
        "LABOUR -> economy",
        # "the founders negotiated financing", "output could not meet demand"
        "COMPANY financing demand expectation forecast -> economy",
        # a mountain's summit is no meeting: "the climbers reached the summit of Mount Orla"
        "climber mountaineer climb expedition peak mountain mount -> other",
        default=DIPLOMACY,
    ),
    # "The two ministers talked by phone", "talks resumed"; not "the chief executive talked
    # about the new phone".
    sense(
        "talk talks",
        "DEAL -> economy",
        "DIPLOMAT minister secretary visit peace -> diplomacy",
        "about -> other",
        "LABOUR -> economy",
        default=DIPLOMACY,
    ),
    # "Both parliaments ratified the treaty", "Russia stalled ratification"; "the assembly
    # ratified the amendment".
    sense("ratify ratification", "LEGISLATION -> politics", default=DIPLOMACY),
    # "The president hosted the summit"; not "an event hosted by the company". An alliance
    # taking in a state is diplomacy: "the bloc welcomed Latvia as a member".
    sense(
        "host invite welcome recall expel discuss consult",
        "DIPLOMAT OFFICIAL leader nato alliance bloc membership -> diplomacy",
        "party -> politics",
    ),
    # An appeal is of the kind of who is urged and what to: a state's leader or envoy urging
    # another is diplomacy ("the chancellor urged Norland to reopen the border"); an official
    # urging the public is not ("the mayor urged residents to stay indoors": other; "... as
    # the storm neared": a disaster), urging lawmakers or voters is politics ("the governor
    # urged legislators to pass the budget"), and an aide urging their own chief is too
    # ("advisers urged the president to dismiss the staff").
    sense(
        "urge",
        "VOTE LEGISLATION lawmaker legislator -> politics",
        "CIVILIAN PUBLIC -> other",
        "state government DIPLOMAT LEADER nato alliance bloc membership -> diplomacy",
        "party OFFICIAL -> politics",
        clause_first=("DISASTER -> disaster",),
        by_roles=("adviser advisor aide | * -> politics",),
    ),
    sense(
        "accept agree sign reject",
        "TRUCE -> strategic",
        "resignation LEGISLATION -> politics",
        # a court or a judge agreeing is its ruling: "Justice Orme agreed with the defence"
        "court judge justice jury tribunal magistrate -> legal",
        "contract bailout loan MONEY DEAL COMPANY -> economy",
        "apology offer invitation proposal plan treaty accord deal agreement -> diplomacy",
        "president premier leader king DIPLOMAT -> diplomacy",
    ),
    # "Prosecutors and the firm settled the lawsuit", "the two parties reached a settlement".
    # ... or settled with a regulator: "the bank settled with the watchdog over mis-sold loans".
    sense(
        "settle settlement",
        "COURT suit case dispute claim trademark party -> legal",
        "regulator watchdog sec ftc -> legal",
    ),
    # "The suspect eluded the police", "two inmates escaped from the jail".
    sense("elude evade escape", "POLICE COURT authority prison jail custody manhunt -> legal"),
    # "Officials assailed the neighbour's naval drills"; "the opposition denounced the budget".
    sense(
        "assail criticise criticize denounce rebuke",
        "LEGISLATION VOTE opposition party -> politics",
        # "a central bank governor criticised the bank's low rates": monetary policy
        "fed reserve monetary interest rate inflation -> economy",
        "DIPLOMAT OFFICIAL leader -> diplomacy",
    ),
    # A business set up is business news: "she established a consulting firm in 1998", "the
    # brothers established a start-up"; a party or a camp set up is not ("the army established
    # a base").
    sense(
        "establish establishment co-found cofound",
        "BUSINESS chain startup start-up consultancy venture enterprise -> economy",
    ),
    # Who sells more is business news: "the chipmaker overtook its rival as the largest
    # seller", "budget phones outsold the flagship".
    sense("outsell", default=ECONOMY),
    sense("overtake surpass", "BUSINESS MONEY seller sales market -> economy"),
    # Companies bought and sold: "the studio was acquired by a media group"; "the army
    # bought drones".
    sense(
        "buy acquire acquisition takeover merge merger purchase",
        "MILITARY WEAPON REMOTE -> strategic",
        default=ECONOMY,
    ),
    # A warning is of the kind of who warns, then of what it warns of: "Russia warned Kyiv",
    # "the envoy warned of reprisals"; "forecasters warned of floods"; "supermarkets warned
    # that fresh produce could run short", "the airline warned of higher fares"; "the army
    # threatened to shell the town"; "the union warned its members would walk out". A
    # state or its envoy warning is diplomacy whatever it warns of ("Russia warned it would
    # cut gas supplies").
    sense(
        "warn threaten demand",
        "DISASTER -> disaster",
        "state government DIPLOMAT leader -> diplomacy",
        "BUSINESS -> economy",
        "MILITARY WEAPON REMOTE -> strategic",
        "LABOUR -> economy",
        "sanction MONEY shortage shortfall scarcity short -> economy",
        default=DIPLOMACY,
        reads_what_is_said=True,
    ),
    # "Ukraine joined the alliance", "priests joined the protesters".
    # "The FBI joined the inquiry", "state troopers joined the search for the fugitive".
    sense(
        "join",
        "nato alliance membership union bloc -> diplomacy",
        "PROTESTER -> protest",
        "POLICE COURT INQUIRY -> legal",
    ),
    # "Parliament called an election", "the union called a strike", "the council called on
    # all states to cooperate"; "rebels held 30 hostages", "the two leaders held talks".
    sense(
        "call",
        "VOTE -> politics",
        "LABOUR walkout -> protest",
        "TRUCE -> strategic",
        # "Libya called for the withdrawal of foreign forces": a demand, no move of troops
        "withdrawal pullout replacement replace -> diplomacy",
        "protest rally PROTESTER -> protest",
        # "detectives called the bank about the thefts", "police called on witnesses"
        "POLICE theft fraud crime -> legal",
        # "the company called the bonds for redemption", "the pact calls for it to buy shares"
        "redemption COMPANY DEAL MONEY -> economy",
        # "paramedics were called to the match": an emergency call-out, not a call on anyone
        "emergency ambulance paramedic -> other",
        "talk talks summit meeting phone DIPLOMAT -> diplomacy",
    ),
    # A call on someone to act is an appeal, of the kind of who is called on and what for
    # ("the assembly called on its neighbours to help", "Ostria called on Vell to pull out
    # its troops", "the president called on voters to turn out"); "on" alone is no appeal:
    # "the mayor called a news conference on Monday" (see ``PHRASAL_ACTS``).
    sense(
        "call-on",
        "VOTE voter -> politics",
        "LABOUR walkout -> protest",
        "TRUCE -> strategic",
        "protest rally PROTESTER -> protest",
        "POLICE theft fraud crime witness -> legal",
        "COMPANY DEAL MONEY -> economy",
        "talk talks summit meeting withdrawal withdraw pullout state DIPLOMAT -> diplomacy",
    ),
    sense(
        "hold",
        "DEAL -> economy",
        "VOTE -> politics",
        "TRUCE -> strategic",
        "talk talks summit meeting DIPLOMAT -> diplomacy",
        "protest rally PROTESTER -> protest",
        "hostage -> violence against civilians",
    ),
    # Politics -----------------------------------------------------------------------------------
    # "Parliament called an election", "the prime minister resigned", "the president lost
    # his re-election bid".
    # "The chief executive resigned" is business news: an office in a company.
    # A seat sought in a legislature outweighs the company office left: "the chief executive
    # resigned to run for a seat in the senate".
    sense(
        "resign resignation appoint appointment",
        "VOTE -> politics",
        "CORPORATE -> economy",
        default=POLITICS,
        clause_first=("parliament congress senate legislature assembly candidacy -> politics",),
    ),
    # "Shareholders voted to approve the merger", "holders elected to convert their notes".
    sense(
        "elect election reelect reelection vote nominate sack veto "
        "legislate referendum campaign inaugurate inauguration impeach impeachment oust "
        "reshuffle enact swear overthrow dissolve",
        "COMPANY holder -> economy",
        # "the central bank's committee voted to hold rates", "she was elected chairwoman of
        # the board": a bank's or a board's vote is business, not an election
        "board bank fed reserve monetary interest rate -> economy",
        # "the lenders voted to swap their bonds for shares": a holder's choice of securities
        "debt share stock bond note dividend DEAL -> economy",
        default=POLITICS,
    ),
    # "The mayor lost her re-election bid", "the rebels won the war"; a firm winning a
    # contract or losing customers is business: "the builder lost a few renters".
    sense(
        "win lose",
        "VOTE -> politics",
        "war battle -> armed clash",
        "contract order customer client subscriber renter tenant MONEY -> economy",
    ),
    # "The challenger defeated the incumbent in the district", "troops defeated the rebels";
    # a team defeating another is sport.
    sense(
        "defeat",
        "MILITARY COMBATANT -> armed clash",
        "VOTE candidate incumbent constituency district -> politics",
    ),
    # What a company becomes is business: "the lender became the country's largest bank",
    # "the carmaker became the most valuable company" (named the predicate only; a person
    # becoming chairman is no company's news by itself, as a coder reads it).
    sense("become", "COMPANY -> economy", in_text=False),
    # A stay in hospital is no aid: "she went to hospital with chest pains", "the contest left
    # two men in hospital"; the wounded taken there are ("the injured were rushed to
    # hospital", whose kind a rescue's).
    sense(
        "take go leave admit rush",
        "wounded injured casualty victim survivor -> humanitarian",
        "hospital -> other",
        in_text=False,
    ),
    # Figures that move: "factory payrolls expanded by 40,000", "the trade deficit widened"
    # (named the predicate only: "the crowd grew" says nothing of its kind). Not "average":
    # "averaging 242,000 a month" alone takes its kind from the sentence.
    sense(
        "expand grow shrink widen narrow",
        "MONEY -> economy",
        in_text=False,
    ),
    # "The carmaker suffered a sales slump", "the region suffered a drought"; "the brigade
    # suffered heavy losses".
    sense(
        "suffer",
        "DISASTER -> disaster",
        "MILITARY COMBATANT -> armed clash",
        "slump downturn recession MONEY -> economy",
        # a state's dead are its war's: "the Ostrians suffered 40 deaths at the front"
        "state -> armed clash",
        in_text=False,
    ),
    # "Paratroopers flew into the province to open the offensive": forces moved, no battle
    # yet; "the air force flew in food and tents".
    sense(
        "fly sail",
        "AID -> humanitarian",
        "MILITARY COMBATANT -> strategic",
        in_text=False,
    ),
)

# Kinds given by who acts and on whom when the predicate's own rule decides nothing, whatever
# the verb (tried before the clause's other words): a court's acts on someone or something are
# its work ("the tribunal ordered the journalist's release", "a magistrate granted bail"); a
# firm's with money or a deal are business ("the airline ordered 40 jets worth $6 billion"),
# and so are its acts on its staff or its trade ("the carmaker laid off 300 workers", "the
# airline suspended flights to the capital", "the tour operator called off its safaris");
# a leader's or a state's towards another state, its leader or its envoy are relations ("the
# German chancellor phoned the Turkish president", "the minister wrote to his counterpart").
# A state's acts on arms or forces are no relations ("Ostria downed a Vellish drone"), a
# state's on a firm none either ("Norland fined an Ostrian bank"), nor its forces' orders
# ("Ostrian military authorities ordered all Vellish citizens to leave"). A government's
# or an authority's own acts on anything are governing, politics, when no word of the verb
# says more ("the regime renamed the avenue", "port authorities turned down the request"):
# with money they are the economy ("the administration raised the fuel levy"), on a court
# the law's ("the court was asked by the government to lift the order"), with forces
# or arms the clause's words decide, and what a government says is told by what it says.
ROLE_KINDS: tuple[RoleLine, ...] = tuple(
    role_line(line)
    for line in (
        " | LEGAL_MATTER -> legal",
        "COMPANY BUSINESS | MONEY DEAL money LABOUR TRADE -> economy",
        "LEADER DIPLOMAT state | MILITARY WEAPON REMOTE COMBATANT COMPANY BUSINESS -> -",
        "MILITARY COMBATANT POLICE | -> -",
        "LEADER DIPLOMAT state | country counterpart DIPLOMAT LEADER+state -> diplomacy",
        "GOVERNING | clause MILITARY WEAPON REMOTE COMBATANT POLICE -> -",
        "GOVERNING | COURT_ACTOR -> legal",
        "GOVERNING | MONEY money -> economy",
        "GOVERNING | * -> politics",
    )
)

# A court's acts on someone or something are its work, read before the predicate's own lines
# ("the court froze the tycoon's assets", "a judge halted the deportations", "the jury
# cleared the nurse"), not what befalls a judge ("the judge died", "the judge married").
COURT_WORK = (role_line("COURT_ACTOR | * -> legal"),)

# A verb followed by one of these particles means something else: "the opposition seized on
# the remark" (made use of it), "the sides were engaged in talks" (took part), "the two
# struck up a friendship". (Not when a date follows: "police seized on Monday 40 kilos".)
IDIOMS: dict[str, frozenset[str]] = {
    "seize": words("on upon"),
    "engage": words("in"),
    "strike": words("up"),
}

# A verb whose object or complement names the act: "protesters set fire to the town hall"
# (they burned it, no one fired a gun), "set two cars alight", "set the depot ablaze".
LIGHT_VERBS: dict[str, dict[str, str]] = {
    "set": {"fire": "burn", "alight": "burn", "ablaze": "burn"},
    # "sent strong signals that ...": a signal, no shipment
    "send": {"signal": "signal", "signals": "signal"},
}

# A verb whose particle, right after it or after a pronoun object, names another act: "the
# car was pulled over", "a trooper pulled him over" (a police stop, no move of troops).
PHRASAL_ACTS: dict[str, dict[str, str]] = {
    "pull": {"over": "pull-over"},
    # "the firm laid off 300 workers": jobs cut, nothing laid down
    "lay": {"off": "lay-off"},
    # "the union called off the strike", "the operator called off its tours": what is
    # called off is cancelled, no call on anyone
    "call": {"off": "call-off", "on": "call-on", "upon": "call-on"},
}

# A verb whose particle, with no object after it, tells that its subject underwent the act
# of itself: "the old mill burned down in 2011" (a fire; no one is named who set it), not
# "rioters burned down the depot" (see the rule for "burn-down").
ACTS_UNDERGONE: dict[str, dict[str, str]] = {
    "burn": {"down": "burn-down"},
    # "the rocket lifted off at dawn", "the shuttle blasted off from the pad": a craft leaving
    # the ground, no one's weapon fired (see the rule for "lift-off")
    "lift": {"off": "lift-off"},
    "blast": {"off": "lift-off"},
}

# Nouns made with a verb's -ing form that name no act of the verb: "talking points" are no
# talks, "a fighting chance" no fight.
GERUND_COMPOUNDS = frozenset(
    {
        "talking point",
        "talking points",
        "meeting room",
        "meeting rooms",
        "meeting place",
        "fighting chance",
        "striking distance",
        "shooting star",
        "shooting range",
        "firing range",
        "bombing range",
    }
)

# What police use to break up a crowd is no weapon of war: "police fired tear gas and stun
# grenades at marchers", "deputies used rubber bullets and pepper spray" put down a protest or
# a riot, they move no forces. Each word of one of these reads as ``CROWD_CONTROL`` (pairs
# as written, the second by its lemma).
CROWD_CONTROL_WORDS = words("teargas tear-gas taser tasers pepper-spray flash-bang flashbang")
CROWD_CONTROL_PAIRS = frozenset(
    (first, second)
    for first, seconds in {
        "tear": ("gas",),
        "teargas": ("grenade", "canister", "shell", "round"),
        "tear-gas": ("grenade", "canister", "shell", "round"),
        "stun": ("grenade", "gun"),
        "flash-bang": ("grenade",),
        "rubber": ("bullet", "round"),
        "rubber-coated": ("bullet",),
        "plastic": ("bullet",),
        "pepper": ("spray", "ball"),
        "water": ("cannon",),
        "sponge": ("round",),
        "beanbag": ("round",),
        "bag": ("round",),
        "stinger": ("round",),
    }.items()
    for second in seconds
)

# A seat of government named stands for those who govern there: "the race that took her to the
# White House" is politics, not a house; "the Kremlin" is Russia's government. (Read by its
# last word a name would say "house" or "street".)
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "white house": "government",
    "kremlin": "government",
    "downing street": "government",
    "élysée": "government",
    "elysee": "government",
    "capitol hill": "congress",
}

# Games and their contests: countries named in one are teams, no parties to relations
# ("Ostria beat Vell in the cup final", "the Norland team won the medal").
SPORT = words("""
    team match game cup tournament championship league medal football soccer rugby cricket
    tennis hockey olympics olympic final semi-final quarter-final goal score player coach
    competition athlete debutant fifa uefa
""")

# Cue words for a clause whose predicate no rule knows: each hit counts for its kind. An
# explosion is named by what happened; a tank or a missile seen is a strategic matter.
_EXPLOSIONS = words("shelling bombing explosion blast airstrike barrage shrapnel")
CUES: dict[str, frozenset[str]] = {
    ARMED_CLASH: words("""
        fighting battle war combat frontline offensive gunfire firefight rebellion insurrection
    """),
    EXPLOSION: _EXPLOSIONS,
    VIOLENCE_AGAINST_CIVILIANS: words("massacre hostage abduction atrocity"),
    RIOT: words("riot rioter looting looter mob"),
    PROTEST: words("protest protester demonstrator rally picket demonstration")
    | words(CROWD_CONTROL),
    STRATEGIC: (CLASSES["MILITARY"] - words("base position front"))
    | CLASSES["WEAPON"]
    | CLASSES["TRUCE"]
    | CLASSES["COMBATANT"]
    | (CLASSES["REMOTE"] - _EXPLOSIONS - words("air plane airplane aircraft")),
    DISASTER: CLASSES["DISASTER"] | words("accident stampede"),
    HUMANITARIAN: words("""
        refugee aid humanitarian evacuation hospital displaced famine shelter relief casualty
        wounded victim
    """),
    LEGAL: words("""
        court judge trial prosecutor lawsuit verdict investigation investigate jury tribunal
        magistrate indictment acquittal conviction custody hearing
    """)
    | (CLASSES["INQUIRY"] - words("sample lab laboratory evidence")),
    DIPLOMACY: CLASSES["DIPLOMAT"] | words("nato alliance dialogue diplomacy"),
    # "four million visitors" is a count, not money
    # a company's figures and its markets: "Acme Corp. posted a loss", "the index slipped" (a
    # company alone is no economy: "the firm hosted a product event")
    ECONOMY: (CLASSES["MONEY"] - words("million billion"))
    | words("sanction gdp finance financial economic")
    | (CLASSES["DEAL"] - words("intent"))
    | words("""
        loss index holder analyst trader trading industry business sale growth unemployment
        jobless quarterly transaction recapitalization recapitalisation write-off writedown
        offering
    """),
    POLITICS: CLASSES["VOTE"]
    | CLASSES["LEGISLATION"]
    | words("parliament government party opposition senate congress policy mp democratic")
    # a council governs: "the council decided", "the mayor asked the council" (a "ministry"
    # is as often the speaker of other news: "the ministry said troops had crossed"; a
    # "department" may be a police force's or a university's)
    | words("council")
    # a party's people: "a Democrat on the committee", "the Tories' campaigners" (a name is
    # read as written: "Democrats")
    | words("""
        democrat democrats republican republicans tory tories campaigner lawmaker legislator
    """),
}

"""English word knowledge the extractor needs: verbs and their forms, function words, titles.

These are facts about English news prose, not about any one article. Verb forms are generated
from the lemma by the regular spelling rules; irregular verbs list their past and participle.
"""

from __future__ import annotations

import functools
import re


def words(text: str) -> frozenset[str]:
    """A word list written as one string, split on white space."""
    return frozenset(text.split())


# Verbs of happening: a clause whose main verb is one of these reports something that took
# place (and so can be an event even without a date of its own).
HAPPENING_VERBS = words("""
accept accuse acquire admit adopt agree aid amass annex announce appoint approve arm arrest
arrive assassinate assault attack attend ban barrage begin besiege block blockade bomb break
build call cancel capture cease charge clash close collapse condemn conduct confirm convict
cross cut declare defeat deliver deny deploy destroy detain die disband dispatch donate
drop elect end enter erupt escalate establish evacuate execute expand expel explode extend
fire flee fly found free gather give grant hand hold host impose increase injure install
introduce invade invite issue jail join kidnap kill land launch lead leave lift mass meet
mobilise mobilize move murder negotiate occupy offer open order pass pay pledge post promise
protest provide raid raise reach receive recognise recognize reinforce reject release relocate
resign resume retake retreat return rise sanction seize sell send sentence shell ship shoot
shut sign start station strike suspend supply surrender sweep take threaten topple train
transfer transport travel unveil urge vote visit warn win withdraw wound
abduct apologise apologize bombard boycott bury crash damage destroy discover dissolve down
encircle find flood hit hospitalise hospitalize infect intercept loot march overrun postpone
ransack ratify rescue riot sink storm sue surround torch veto
""")

# Verbs that take back what they introduce: "X denied that it refused to negotiate" is a
# denial, the event, with what was denied in its title (never the refusal on its own).
DENIALS = words("deny refute dismiss")

# Verbs that introduce what someone said: "X said that ...", "..., X claimed".
REPORTING_VERBS = words("""
add allege announce argue assert believe claim comment confirm contend declare deny explain
insist learn maintain note report reveal say state stress suggest tell testify think warn write
""")

# Verbs that guess at a time to come: what they tell is a prediction, and their own date is
# the day of the guess ("Turnout will top 70 percent, the pollster predicted Wednesday").
FORESEEING_VERBS = words("estimate forecast predict project expect foresee anticipate reckon")

# Verbs of telling that, with a thing for their object rather than a clause, are an act of
# the day: "Acme reported a 40% loss", "the firm announced a merger", "the group claimed
# responsibility", "she wrote a letter" (what "said" says is never a thing).
TELLING_A_THING = words("announce claim confirm declare disclose report reveal write")

# Verbs of a wish, a fear, a belief or an intention: what their subject wanted, feared or
# believed on a day is no happening of that day ("On Monday the ministry wanted the court to
# act", "Many worried their efforts would fail today"). Not "seek" ("sought asylum in 1990"
# is an act) nor "feel" ("felt the quake on Monday").
ATTITUDE_VERBS = words("""
want need wish hope expect fear worry wonder doubt suppose suspect believe think prefer
intend plan aim mean like love hate
""")

# Verbs of being, having, perceiving, wanting and trying: never a happening of the day,
# whatever the parse makes of the clause.
NOT_HAPPENING_VERBS = words("""
be have seem appear become remain stay keep know believe think want need like love hate hope
expect fear feel look sound mean include consist contain belong own lack deserve matter
depend concern consider describe see hear watch worry try plan intend aim seek wish prefer
let help use get do make continue tend wonder doubt suppose suspect understand realise
realize recognise recognize remember forget face involve require cost weigh measure exist
comprise share amount total represent resemble suffer buzz
""")

# Verbs that are common but not events; known so that clause detection recognises them.
OTHER_VERBS = words("""
appear ask become bring buy carry cause come concern consider continue could decide describe
discuss do expect face fall feel fight find follow get go grow have hear help hope include
keep know lack let like live look lose make mean need plan prepare put remain remove run see
seem serve set show spend stand stay stop sustain talk try turn use want watch work worry
""") | {"be"}

KNOWN_VERBS = HAPPENING_VERBS | REPORTING_VERBS | OTHER_VERBS

# lemma: (simple past, past participle)
IRREGULAR = {
    "arise": ("arose", "arisen"),
    "be": ("was", "been"),
    "bear": ("bore", "born"),  # "born in 1955": the participle news uses
    "beat": ("beat", "beaten"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "bleed": ("bled", "bled"),
    "blow": ("blew", "blown"),
    "break": ("broke", "broken"),
    "bring": ("brought", "brought"),
    "build": ("built", "built"),
    "buy": ("bought", "bought"),
    "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "fall": ("fell", "fallen"),
    "feed": ("fed", "fed"),
    "feel": ("felt", "felt"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "flee": ("fled", "fled"),
    "fly": ("flew", "flown"),
    "freeze": ("froze", "frozen"),
    "get": ("got", "got"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "grow": ("grew", "grown"),
    "hang": ("hung", "hung"),
    "have": ("had", "had"),
    "hear": ("heard", "heard"),
    "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"),
    "hold": ("held", "held"),
    "keep": ("kept", "kept"),
    "know": ("knew", "known"),
    "lay": ("laid", "laid"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "let": ("let", "let"),
    "lose": ("lost", "lost"),
    "make": ("made", "made"),
    "mean": ("meant", "meant"),
    "meet": ("met", "met"),
    "pay": ("paid", "paid"),
    "put": ("put", "put"),
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said", "said"),
    "see": ("saw", "seen"),
    "sell": ("sold", "sold"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shoot": ("shot", "shot"),
    "show": ("showed", "shown"),
    "shut": ("shut", "shut"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "stand": ("stood", "stood"),
    "strike": ("struck", "struck"),
    "sweep": ("swept", "swept"),
    "take": ("took", "taken"),
    "teach": ("taught", "taught"),
    "tell": ("told", "told"),
    "think": ("thought", "thought"),
    "throw": ("threw", "thrown"),
    "understand": ("understood", "understood"),
    "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
}

# Verbs that double their final consonant before -ed/-ing.
_DOUBLING = words(
    "ban drop plan ship stop admit commit control patrol occur refer prefer shut cut hit "
    "begin run set win let put get sit chat jail"
) - {"jail"}

AUXILIARIES = {
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "am": "be",
    "be": "be",
    "been": "be",
    "being": "be",
    "has": "have",
    "have": "have",
    "had": "have",
    "having": "have",
    "does": "do",
    "do": "do",
    "did": "do",
}
MODALS = words("will would can could may might shall should must ca wo sha")  # ca(n't)...
NEGATIONS = words("not n't never no")

# Words that begin a subordinate clause, and the kind of clause they begin.
SUBORDINATORS = {
    "after": "time",
    "before": "time",
    "while": "time",
    "when": "time",
    "whenever": "time",
    "since": "time",
    "until": "time",
    "once": "time",
    "as": "reason",
    "because": "reason",
    "although": "concession",
    "though": "concession",
    "whereas": "concession",
    "if": "condition",
    "unless": "condition",
}
RELATIVES = words("which who whom whose where")
CONJUNCTIONS = words("and but or yet")

# Leading words that only link a clause to what came before.
CONNECTIVES = words("""
and but or so yet moreover however meanwhile also furthermore still then now instead indeed
thus therefore besides nevertheless nonetheless additionally finally later earlier
separately afterwards afterward thereafter subsequently
""")

# Nouns that are plural without an "-s" and take a plural verb ("Police arrest", "People
# flee"): a bare present verb may follow them as it follows "troops".
PLURAL_WITHOUT_S = words("police people cattle personnel")

DETERMINERS = words("the a an this that these those its their his her our some")
PREPOSITIONS = words("""
about above across after against along amid among around at before behind below beneath
beside between beyond by despite during for from in inside into near of off on onto out
outside over past since through throughout to toward towards under until upon via with
within without
""")

# Nouns that name a part of what follows their "of" and say nothing without it ("in front of
# the museum", "at the bottom of the ninth", "on the outskirts of Lyon").
PART_NOUNS = words("""
front back top bottom middle side end edge rest heart centre center outskirts foot head
behalf part course height eve start beginning verge brink wake
""")

# Words that are capitalised but are not names when they start a sentence or precede one.
CAPITALISED_FUNCTION_WORDS = words("""
A An The This That These Those It Its He She They We I You His Her Their Our My Your And But
Or So Yet While When Whenever After Before Since Until As Because Although Though If Unless
In On At By For From With Without Of To Into Over Under About Against Between During Through
Moreover However Meanwhile Also Furthermore Still Then Now Instead Indeed Thus Therefore
Besides Nevertheless Finally Later Earlier Today Yesterday Tomorrow Tonight Here There What
Which Who Whom Whose Where Why How Some Many Most More Several Both Each Every All No Not
One Two Three Four Five Six Seven Eight Nine Ten Mr Mrs Ms Dr Sir Lord Lady Cover Image
Photo Source Sources According Officials Police Witnesses Reporting Editing Additional
Perhaps Maybe Even Just Only Soon Again Already Otherwise Nonetheless Hence Nor Whether Despite
Amid Among Upon Unlike Reportedly Allegedly Apparently Clearly Obviously Surely Certainly
Fortunately Unfortunately Eventually Ultimately Initially Originally Previously Recently
Currently Suddenly Notably Similarly Likewise Separately Additionally Consequently Accordingly
""")

# Titles and office words dropped from in front of a name ("Foreign Minister Mélanie Joly").
TITLE_WORDS = words("""
President Vice Prime Minister Ministers Secretary Secretary-General Deputy Foreign Defense
Defence Interior Home Finance Security Council State General Gen Gen. Lt Lt. Col Col. Colonel
Major Maj Captain Capt Commander Admiral Adm Chief Chancellor King Queen Prince Princess
Sheikh Emir Sultan Ayatollah Pope Cardinal Bishop Rev Senator Sen Sen. Rep Rep. Representative
Governor Gov Gov. Mayor Ambassador Envoy Spokesman Spokeswoman Spokesperson Premier Leader
Director Head Chairman Chairwoman Chair Speaker Judge Justice Attorney Commissioner Marshal
Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lord Lady Dame Prof Prof. Professor Officer Sergeant Sgt
Private Pvt Minister-President High Commissioner Secretary-of-State Health Trade Economy
Economic Energy Justice Education Agriculture Transport Culture Affairs Intelligence Army Navy
Air Force National Federal Supreme Foreign-Minister Defense-Minister President-elect Acting
Former Late Senior Top Spokesman Security-Council Opposition
""")

# The last word of a capitalised run that names an organisation or a place, not a person.
NON_PERSON_HEADS = words("""
Library University College School Institute Council Ministry Department Office Agency Party
Parliament Assembly Congress Senate Court Committee Commission Bank Fund Union Company Corp
Corporation Inc Ltd Group Association Organization Organisation Foundation Hospital Airport
Station Street Square Avenue Road Bridge Palace House Hall Center Centre Church Mosque Temple
Cathedral Museum Stadium Army Navy Forces Force Guard Police Service Services Times Post News
Press Agency Network Television Radio Channel Airlines Airways Embassy Consulate Mission
Republic Kingdom Federation Islands Island Sea Ocean River Lake Mountains Mountain Valley Coast
Region Province District County State City Town Village Treaty Accord Agreement Act Bill Plan
Program Programme Project Operation War Crisis Summit Conference Games Cup Prize Award Day
Peninsula Strait Gulf Bay Canal Desert Forest Park Border Line Front Zone Base Camp Prison
""")

MONTH_WORDS = words("""
January February March April May June July August September October November December Jan
Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""")
WEEKDAY_WORDS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun"
)

# Event nouns and the verb a headline turns them into ("the Russian invasion of Crimea").
NOMINALISATIONS = {
    "invasion": "invade",
    "annexation": "annex",
    "attack": "attack",
    "attacks": "attack",
    "occupation": "occupy",
    "bombing": "bomb",
    "bombings": "bomb",
    "shelling": "shell",
    "assassination": "assassinate",
    "killing": "kill",
    "killings": "kill",
    "election": "elect",
    "elections": "elect",
    "withdrawal": "withdraw",
    "deployment": "deploy",
    "intervention": "intervene",
    "offensive": "launch offensive",
    "capture": "capture",
    "arrest": "arrest",
    "visit": "visit",
    "meeting": "meet",
    "summit": "hold summit",
    "talks": "hold talks",
    "ceasefire": "agree ceasefire",
    "blockade": "blockade",
    "siege": "besiege",
    "collapse": "collapse",
    "coup": "stage coup",
    "referendum": "hold referendum",
    "explosion": "explode",
    "explosions": "explode",
    "protest": "protest",
    "protests": "protest",
    "strike": "strike",
    "strikes": "strike",
    "offer": "offer",
    "signing": "sign",
    "ceremony": "hold ceremony",
    "war": "war",
    "accession": "accede",
    "crash": "crash",
    "massacre": "massacre",
    "raid": "raid",
    "raids": "raid",
    "evacuation": "evacuate",
    "agreement": "agree",
    "deal": "agree",
}

# Nouns a story calls a firm by once it has named it ("the company", "the concern", "the
# Akron, Ohio-based maker of garden tools", "the Dutch chemical group"), and the words a
# business is described by in apposition ("Tessel Inc., a toy company").
FIRM_NOUNS = words("""
company firm concern maker producer manufacturer operator conglomerate retailer insurer lender
bank thrift airline carrier utility publisher supplier contractor exporter importer chain group
giant developer refiner distributor
""")

# Adverbs of manner or certainty kept in titles ("Canada reportedly deploys ..."); other
# adverbs between auxiliary and verb ("has already been") are dropped.
KEPT_ADVERBS = words("reportedly allegedly formally officially secretly jointly")

# "a small contingent of special forces" -> "special forces": quantity nouns a title drops.
QUANTITY_NOUNS = words("""
contingent number group team handful total batch shipment unit squad detachment series
couple dozen range variety host wave
""")

_WORD = re.compile(r"[A-Za-z]+")


def _third_person(lemma: str) -> str:
    if lemma in ("be", "have", "do", "go"):
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[lemma]
    if re.search(r"(s|x|z|ch|sh|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _ing(lemma: str) -> str:
    if lemma == "be":
        return "being"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


_PENN_TAGS = {"3sg": "VBZ", "past": "VBD", "pp": "VBN", "ing": "VBG"}


@functools.cache
def dictionary_form(verb: str, form: str) -> str | None:
    """The form from LemmInflect's dictionary ("spot" -> "spotted"), for verbs our own list
    does not know; imported on first use, like the lemmas in grammar.py."""
    from lemminflect import getInflection

    forms = getInflection(verb, tag=_PENN_TAGS[form], inflect_oov=False)
    return forms[0] if forms else None


def inflect(lemma: str, form: str) -> str:
    """A form of a verb: ``base``, ``3sg``, ``past``, ``pp`` (past participle) or ``ing``."""
    words = lemma.split(" ", 1)  # "launch offensive": inflect the verb, keep its object
    verb, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    # the dictionary's forms before the spelling rules, which know no doubled consonant
    # ("kidnapped", "transferred") nor a vowel change ("sank", "retook")
    if form != "base" and verb not in IRREGULAR:
        known = dictionary_form(verb, form)
        if known:
            return known + rest
    if form == "3sg":
        out = _third_person(verb)
    elif form in ("past", "pp"):
        if verb in IRREGULAR:
            out = IRREGULAR[verb][0 if form == "past" else 1]
        else:
            out = _regular_past(verb)
    elif form == "ing":
        out = _ing(verb)
    else:
        out = verb
    return out + rest


def _build_forms() -> dict[str, list[tuple[str, str]]]:
    forms: dict[str, list[tuple[str, str]]] = {}
    for lemma in sorted(KNOWN_VERBS):
        for form in ("base", "3sg", "past", "pp", "ing"):
            forms.setdefault(inflect(lemma, form), []).append((lemma, form))
    for word, lemma in AUXILIARIES.items():
        forms.setdefault(word, []).append((lemma, _AUXILIARY_FORMS.get(word, "base")))
    return forms


_AUXILIARY_FORMS = {
    "is": "3sg",
    "has": "3sg",
    "does": "3sg",
    "was": "past",
    "were": "past",
    "had": "past",
    "did": "past",
    "been": "pp",
    "being": "ing",
    "having": "ing",
}


VERB_FORMS = _build_forms()


def verb_readings(word: str) -> list[tuple[str, str]]:
    """The (lemma, form) readings of a word as a known verb; empty for other words."""
    return VERB_FORMS.get(word.lower(), [])


def is_finite_form(word: str) -> bool:
    """A word that can only, or most likely, be a finite verb (past or third person)."""
    return _finite_form(word.lower())


@functools.lru_cache(maxsize=16384)
def _finite_form(low: str) -> bool:
    # asked of every word of every clause, many times over by the clause rules
    if low in MODALS or low in AUXILIARIES and low not in ("be", "been", "being", "having"):
        return True
    return any(form in ("past", "3sg") for _lemma, form in verb_readings(low))


def lemma_of(word: str) -> str | None:
    """The lemma of a known verb form ("deployed" -> "deploy"), else None."""
    readings = verb_readings(word)
    return readings[0][0] if readings else None

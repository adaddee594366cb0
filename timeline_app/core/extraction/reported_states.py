"""A state told in reported speech, as a headline tells it.

English moves what someone said back a tense after "said": "The club said it wanted a
review" reports that the club wants one now. A headline tells the saying in the present
("Club says ..."), and then the state goes back to the present too: "Club says it wants
review"; "says it wanted" reads as a wish already over. Only states of mind are moved (a
deed, "said it sold the plant", is past in the headline too), and only right after a pronoun,
whose number tells the verb's form. A state said with "was" or "were" and an adjective of
readiness or of mind ("said the boy's uncle was ready to travel") is back in the present
too, whatever the subject: the copula's own number tells its present ("is", "are").
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon

# Past forms of states of mind, with their present after a singular and a plural subject.
_STATES = {
    "wanted": ("wants", "want"),
    "needed": ("needs", "need"),
    "hoped": ("hopes", "hope"),
    "intended": ("intends", "intend"),
    "expected": ("expects", "expect"),
    "feared": ("fears", "fear"),
    "planned": ("plans", "plan"),
}
# Adjectives of a state of readiness or of mind, which a saying reports as holding then.
_STATE_ADJECTIVES = lexicon.words("""
ready willing unwilling able unable prepared eager keen reluctant happy unhappy confident
determined committed open aware unaware sure certain optimistic pessimistic concerned worried
satisfied interested opposed
""")
_PRESENT_COPULAS = {"was": "is", "were": "are"}
_COPULA_REACH = 8  # words into what was said: its own subject's verb, not a later clause's
_SINGULAR = lexicon.words("he she it")
_PLURAL = lexicon.words("they we i you")


def present_states(words: list[str]) -> list[str]:
    """What was said with a reported state of mind back in the present: "it wanted
    restaurant to review" -> "it wants restaurant to review"."""
    out = list(words)
    for index in range(1, len(out)):
        forms = _STATES.get(out[index])
        before = out[index - 1].lower()
        if forms is None or index > 2 or before not in _SINGULAR | _PLURAL:
            continue
        out[index] = forms[0] if before in _SINGULAR else forms[1]
    for index in range(1, min(len(out) - 1, _COPULA_REACH)):
        present = _PRESENT_COPULAS.get(out[index])
        following = out[index + 1].lower()
        if following == "not" and index + 2 < len(out):
            following = out[index + 2].lower()
        if present is not None and following in _STATE_ADJECTIVES:
            out[index] = present
            break
    return out

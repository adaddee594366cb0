"""A state told in reported speech, as a headline tells it.

English moves what someone said back a tense after "said": "The club said it wanted a
review" reports that the club wants one now. A headline tells the saying in the present
("Club says ..."), and then the state goes back to the present too: "Club says it wants
review"; "says it wanted" reads as a wish already over. Only states of mind are moved (a
deed, "said it sold the plant", is past in the headline too), and only right after a pronoun,
whose number tells the verb's form.
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
    return out

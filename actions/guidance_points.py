"""Which sourced guidance answers a question, and which of its points come first.

The entries are services.yml ``guidance`` (each with its sources and the date it was checked): this
module chooses the entries for the question and where the person lives, the points the person asked
about first, and, for a follow-up on the answer just given ("do i need a solicitor for that", "what if
he turns up anyway"), only the points it asks about.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, directory, language, previous_action
from harbour.abuse_forms import forms_in
from harbour.language import say
from harbour.nlu.asked_words import CHILD_AGED, CHILD_TALKS, URGENT_IF
from harbour.routing import format_service
from harbour.services import Guidance
from harbour.vocab import GUIDANCE_TOPICS, NATION_NAMES, SERVICE_MARK

# The guidance each question gets, most likely first (a question naming one entry moves it up).
INTENT_GUIDANCE: Dict[str, Tuple[str, ...]] = {
    "ask_refuge": ("refuge", "housing"),
    "ask_report_police": ("police_report", "police_scotland"),
    "ask_protective_order": ("court_orders", "police_orders", "dapo"),
    "ask_for_ani": ("ask_for_ani",),
    "ask_immigration": ("immigration",),
    "ask_children": ("children",),
    "clares_law_confidentiality": ("disclosure_detail",),
}
# Where the DAPO pilot runs (FACTS 5.2: Greater Manchester Police started in Bury, then Wigan and Manchester):
# "what if i went and stayed at my sisters in wigan instead", after the orders answer.
GREATER_MANCHESTER = r"\b(?:greater manchester|gmp|manchester|bury|wigan|bolton|oldham|rochdale|salford|stockport|tameside|trafford|croydon|bromley|sutton)\b"
# A question, not a statement: "can the kids come", "what about the dog", "oes lle i'r ci?".
_ASKING = r"(?=.*(?:\?|\b(?:can|could|do|does|will|would|what|wot|wat|how|is|are|alla|ga|gaiff|geith|oes|ydy|ydi|ydyn|fydd|fedr\w*|be|beth)\b))"
# Words that say which entry (or which point of one) the person asked about.
ASKED_ENTRY = {
    "police_orders": re.compile(r"\b(?:dvpn|dvpo|protection notice|police (?:order|notice)|domestic violence protection)\b|"
                                r"\b(?:police|coppers|cops|officers|polis)\b.{0,80}?\b(?:gave|give|served|handed|issued) (?:him|her|them)\b|\b(?:police|coppers|cops|officers|polis|bobby)\b.{0,80}\bnotice\b|\b28 ?days? (?:thing|order|notice|ban)\b|\bnot allowed back\b|\b(?:for|after) (?:the )?(?:2|two|48) (?:days|hours|hrs)\b|\bnot enough evidence\b|\b(?:won'?t|wont|didn'?t|didnt|not going to) (?:charge|prosecute)\b|"
                                r"\bpapur\b.*\b(?:dau ddiwrnod|2 ddiwrnod|48 awr)\b"),
    "dapo": re.compile(r"\b(?:dapo|dapn|domestic abuse protection)\b|\b(?:the|that) (?:trial|pilot)\b|\b(?:new|newer) (?:\w+ ){0,2}order\b.*\b(?:running|trying|trial)\b|\b(?:north wales|cleveland|middlesbrough|wrexham)\b|" + GREATER_MANCHESTER),
}
ASKED_POINT: Dict[str, Tuple[Optional["re.Pattern[str]"], ...]] = {
    # The fifth point, "you don't have to report to get support", first for someone who doesn't want to.
    "police_report": (
        re.compile(r"\b(?:whats|what'?s|wots|what is) the number\b|\bnumber (?:to|if i) (?:ring|call|phone)\b|\bif i (?:do )?(?:wanna|want to) (?:ring|call|phone)\b|\bstill (?:going on|happening|at it|doing it|doin it)\b|" + URGENT_IF.pattern),  # "whats the number if i do wanna ring", "and if its urgent one night"
        # "can i do it online instead, dont want him hearing me on the phone"
        re.compile(r"\b(?:online|on ?line|website|web ?form|on the (?:computer|laptop|internet|web|app)|internet|without (?:ringing|calling|phoning|talking|speaking)|instead of (?:ringing|calling|phoning))\b"),
        None,
        re.compile(r"\b(?:non[- ]?urgent|not urgent|isn'?t urgent|non[- ]?emergency|not an emergency|textphone|text relay|relay uk|18001)\b"),  # "and for non urgent stuff?", from someone deaf
        re.compile(r"\b(?:don'?t|dont|do not) want\b(?! (?:him|her|them) (?:hearing|to hear|knowing|to know|finding out|to find out|seeing|to see))|\b(?:do|have) i (?:have|need) to\b|\bwithout (?:the )?police\b"),
        re.compile(r"\b(?:arrest\w*|lock (?:him|her|them) up|locked up|charged?|nicked|arestio|harestio|cyhuddo)\b"),  # "will they arrest him"
        # "what do police need as proof?? its mostly things he says and texts, no bruises"
        re.compile(r"\b(?:proof|prove|evidence|screenshots?|diary|record it|keep a record|no (?:bruises|marks)|tystiolaeth|profi)\b|\b(?:never|not|hasn'?t|hasnt|doesn'?t|doesnt) (?:ever )?(?:hit|touched|hurt|laid a finger on) me\b|\bnot physical\b|\bno violence\b"),
    ),
    # After the orders answer: "do i need a solicitor", "what if he turns up anyway", "will he know where i live",
    # "do we have to be married": each point of the court orders entry a follow-up may ask about.
    "court_orders": (
        re.compile(r"\b(?:not|ddim|dwi'?m|dim|outside) (?:\w+ ){0,3}(?:pilot|peilot|trial|treial)\b|\b(?:instead|what else|other options?|anything else|(?:something|anything|summat|one) (?:longer|more permanent|that lasts longer)|longer[- ]term|(?:what|wot|wat) (?:can|could) i (?:actually |actualy )?get|alternatives?)\b|\bstop (?:him|her|them) (?:from )?(?:ringing|calling|texting|messaging|contacting|phoning|coming|turning up)\b|\b(?:threats|messages|texts|calls|contact)(?: \w+){0,3} to stop\b|\bmove out\b|\bmade to (?:leave|move|go)\b|\b(?:kept|keep (?:him|her|them)) out (?:of )?(?:the|my|our) (?:house|flat|home|place)\b|\b(?:get|gal|gael|cael|cal|ca'?l|chael) (?:o|e|fo|fe|hi|him|her|them|nhw) (?:allan o'?r t[yŷ]|out of (?:the|my|our) (?:house|flat|home|place))\b|\b(?:finishes|ends|runs out|expires|is up|is over)\b|\b(?:be|beth) arall\b|\bwhen the \d+ days? (?:is|are) (?:up|over)\b|\bafter the (?:28|14) days?\b|\b(?:still )?(?:lives?|living|stays?|staying) (?:in|at) (?:the|my|our) (?:flat|house|home|place)\b|\bin my name\b|\bin (?:both|our) (?:our )?names\b|\byn enw (?:ni|fi|y ddau|ni'?n dau|ni'?n dwy)\b|\b(?:tenancy|tenantiaeth|morgais|mortgage)\b|\b(?:e|fe|o|fo|hi) mas o'?r t[yŷ]\b|\b(?:cicio|gicio|taflu|daflu|kick|chuck|throw) (?:ei |o |e |fo |fe |hi |him |her |them )?(?:o |e |fo |fe |hi )?(?:allan|mas|out)\b"),
        re.compile(
            r"\b(?:solicitors?|lawyers?|legal aid|cost|costs|fee|fees|pay|afford|expensive|myself|on my own|forms?|paperwork|apply|application|courtnav|statements?|fill (?:it|them|this|that|the forms?|these|those) in|wait for (?:the )?police|fill in|filling (?:it )?in|how much|sen[dt] with it|need to (?:send|include|attach)|where (?:do|does|should|can) (?:i|it|they) (?:send|take|hand|file|submit|post|go)(?: it| them| the forms?| in)?|submit\w*|how (?:do i|to|can i) (?:start|begin|get one|get it|apply for one|go about it)|where do i start)\b|"
            r"\b(?:cyfreithiwr|gyfreithiwr|chyfreithiwr|cymorth cyfreithiol|costio|gostio|talu|ffurflen|fy hun|gwneud cais|neud cais|wneud cais)\b"
        ),
        re.compile(
            r"\bhow (?:long|quick|quickly|soon|fast)\b(?!.*\blasts?\b)|\b(?:anything|something|summat|owt|one) (?:quick|quicker|faster|urgent|sooner)\b|\b(?:can'?t|cant|cannot) wait\b|\b(?:urgent\w*|same day|straight away|right away|asap|break|breaks|broke|broken|breach\w*|ignores?|ignored|arrest\w*)\b|"
            r"\b(?:turns?|turned|turning|shows?|showed) up\b|\b(?:go to court|in court|court hearing|in front of (?:him|her)|see (?:him|her) in court)\b|\b(?:get|gets|be|is) told (?:first|before)\b|\b(?:get|gets|be|is) told\b.{0,30}\bbefore\b|\b(?:have|need|got) to (?:tell|warn|let) (?:him|her|them)\b|\bheads[- ]?up\b|\bno gap\b|\bbefore (?:the |it |his |her )?(?:\w+ )?(?:one |order |notice )?(?:ends|runs out|finishes|expires)\b|\b(?:before|till|until) (?:it'?s|its|it is) (?:done|granted|made|sorted)\b|\b(?:tell|let) (?:him|her|them) know\b|\btold before\b|\bknow (?:before|first)\b|\bwithout (?:him|her|them) (?:knowing|knowin|being told|finding out)\b|\b(?:done|do it|get it|get one|get an order|sorted|happen) (?:quick|quickly|fast)\b|\bwarn(?:ed)? (?:him|her|them)\b|\b(?:comes?|came|coming) (?:round|near|back|to the house)\b|"
            r"\b(?:faint o amser|pa mor (?:gyflym|fuan|hir)|brys|yn syth|ar unwaith|ar frys|torri|dorri|arestio|troi fyny|dod draw|dod yn [oô]l|o'?i flaen (?:o|e|fo|fe)|i'?r llys)\b"
        ),
        re.compile(
            r"\b(?:address|where i live|where we live|where i'?m living|where im living|where we'?re living|my (?:new |phone |mobile |new mobile |new phone )?number|(?:phone|mobile) number|find me|know where|find out where|solicitors?|legal advice|advice)\b|"
            r"\b(?:cyfeiriad|gyfeiriad|nghyfeiriad|lle dwi'?n byw|lle fi'?n byw|lle ydw i'?n byw|cyngor cyfreithiol|cyfreithiwr|gyfreithiwr|i'?r llys|yn y llys)\b"
        ),
        re.compile(
            r"\b(?:have|need|got) to be (?:married|living together|together)\b|\bnot married\b|\bwho can (?:apply|get)\b|"
            r"\b(?:against|on) (?:my )?(?:brother|sister|son|daughter|dad|mum|mam|father|mother|relative|flatmate|ex)\b|"
            r"\b(?:never|didn'?t|did not|dont|don'?t) (?:live|lived) (?:together|with)\b|\b(?:priod|briodi|byw efo'?n gilydd)\b"
        ),
    ),
    # "its still going on yeah", after Police Scotland's online form: 101 for abuse still happening.
    # "im in scotland can i just do it online": the online form is only for abuse that has stopped.
    "police_scotland": (re.compile(r"\bstill (?:going on|happening|ongoing|at it|doing it|doin it)\b|\bongoing\b|\bit is still\b|\bits still\b|\b(?:online|on ?line|website|web ?form|internet|ar-?lein|ar lein)\b"),),
    # After the refuge answer: "and my two boys, can they come with me", "what about the dog", "do they take men".
    "refuge": (
        None,  # (where they live: the nation's own point comes first; each other point only for a question, not "mae'r plant efo fi a'r ci")
        re.compile(_ASKING + r"(?!.*\b(?:never|doesn'?t|doesnt|don'?t|dont) (?:touch|touches|hurt|hurts|hit|hits) them\b)\b(?:kids|children|child|boys?|girls?|sons?|daughters?|bairns|weans|baby|babies|toddler|plant|mhlant|blant|phlant)\b"),
        re.compile(_ASKING + r"\b(?:dogs?|cats?|pets?|puppy|kitten|ci|cath|gath|anifail\w*)\b"),
        re.compile(_ASKING + r"\b(?:men|blokes?|lads?|guys?|males?|dynion|ddynion)\b"),
    ),
    # After the refuge answer: "would the council put us up instead", "ydi'r council yn gorfod helpu fi?"
    "housing": (re.compile(r"\b(?:council|councils|housing|homeless\w*|house us|put (?:us|me) up|somewhere to live|a (?:house|flat|home) (?:for|to)|priority|cyngor|gyngor|chyngor|digartref|tai|t[yŷ] (?:i fi|i ni))\b"),),
    # After the children's answer: "my eldest is 14 can she talk to someone herself", "ma'r hyna'n 12, oes na rywun fedrith hi siarad efo?"
    "children": (None, re.compile(CHILD_TALKS.pattern + "|" + CHILD_AGED.pattern)),
    # After the police orders: "so after the 2 days he can just walk back in??", "how long does that one last", "n if he turns up anyway".
    "police_orders": (
        re.compile(r"\b(?:what (?:even )?is (?:that|it|this)|notice|paper|48|two days|2 days|what can the police (?:actually |even )?do)\b|\b(?:be|beth) (?:di|ydi|yw) (?:hwnna|hynna|hwn)\b"),
        re.compile(r"\b(?:after (?:the )?(?:2|two|48|14|28)|allowed back|let back|who decides|decides|walk (?:back|straight back)|come (?:back|home) after|then what|last|lasts|longer|how long|extend\w*|dvpo|magistrates|court|evidence|charge\w*|prosecut\w*|(?:give|make|do) a statement)\b|\b(?:once|when|after) the (?:2|two|48) (?:days|day|hours|hrs) (?:are|is|r|re|'re|run out|runs out|end|ends) ?(?:up|over|done)?\b|\b(?:what|wot|wat) (?:happens|then) (?:after|next|once|then|when)\b|"
                   r"\b(?:ar [oô]l y (?:ddau|2) ddiwrnod|dod (?:yn )?[oô]l|pa mor hir|llys|tystiolaeth|(?:be|beth) sy'?n digwydd ar [oô]l|n?[oô]l erbyn)\b"),
        re.compile(r"\b(?:turns?|turned|shows?|showed) up\b|\b(?:comes?|came|coming) (?:back|round|near|home)\b|\b(?:breaks?|broke|breach\w*|ignores?|ignored|arrest\w*|anyway)\b|\bif (?:he|she|they) (?:does |do )?(?:come|comes)\b|\b(?:nip|nipped|pop|popped|sneak|sneaked|go|went|going) (?:back|home|round)(?: (?:for|to get|quickly))?\b|"
                   r"\b(?:troi fyny|torri|dorri|arestio|beth bynnag)\b"),
    ),
    # After the DAPO answer: "im in croydon does that count", "can i get one here", "and if he breaks it".
    "dapo": (
        re.compile(GREATER_MANCHESTER + r"|\b(?:pilot\w*|met|transport|ignores?|ignored|breaks?|broke|breach\w*|controlling|coercive|not just violence)\b|\b(?:have|need) to (?:have )?(?:hit|hurt|been violent)\b|\b(?:does|do|will) (?:that|it|this|one) (?:count|apply|work) (?:here|in|for me|round here)\b|"
                   r"\b(?:can|could) i get (?:one|a dapo) (?:here|in|round here)\b|\b(?:ydi|ydy|yw) (?:o|e|hwnna)(?:'n| yn) (?:cyfri|gweithio) (?:yma|yn)\b"),
        re.compile(r"\b(?:course|courses|programme|program|tag|tagged|tagging|classes|anger management|requirements?|conditions?|cwrs|rhaglen|tag electronig)\b|\bmake (?:him|her|them) do\b|\bwho can apply\b|\bcan (?:i|the victim|victims|the person|someone|anyone else) apply\b|\bonly (?:the )?police\b"),
        # "im in middlesbrough. are we part of that trial", "if i move up to leeds is it still valid"
        re.compile(r"\b(?:north wales|cleveland|wrexham|middlesbrough|hartlepool|stockton|redcar|valid|enforc\w*)\b|\b(?:if i|when i|i'?m|im|i am) (?:move|moving)\b|\bmove (?:up|down|away|to)\b|\b(?:the|that) (?:trial|pilot)\b|\bpart of (?:it|that|the)\b"),
    ),
    # After Ask for ANI: "then wot do they do", "will they ring the police without asking me first", "do all chemists do it".
    "ask_for_ani": (
        re.compile(r"\b(?:what|wot|wat) (?:do|will|would) (?:they|staff|the staff|the pharmacist) (?:actually |even |really )?(?:do|say)\b|\b(?:what|wot|wat) (?:do|should|would) i (?:actually |even |really |just )?(?:say|tell them|ask for)\b|\b(?:be|beth) (?:dwi|dw i|ydw i|fi|wi) (?:fod i |i fod i |yn |'n )?(?:ddeud|ddweud|dweud|deud|gweud|weud|ofyn)\b|\bwithout (?:asking|askin|ask) me\b|\bthen (?:what|wot|wat)\b|\b(?:what|wot|wat) happens\b|\b(?:be|beth) (?:sy'?n|sydd yn) digwydd\b|\b(?:do|does) (?:all|every|any) (?:\w+ )?(?:boots|pharmac\w*|chemists?|superdrug|shops?)\b|\b(?:which|what) (?:pharmac\w*|chemists?|shops?|boots)\b|\btake part\b|\bparticipat\w*|\bwhich ones?\b|\b(?:what|which) (?:places|branches|shops)\b|\b(?:ydi|ydy|yw|odi|ody) (?:boots|superdrug|'r fferyllfa|y fferyllfa|fferyllfa|pob fferyllfa)\b|\b(?:be|beth) (?:maen nhw|ma nhw|fyddan nhw)(?:'n| yn) (?:neud|wneud|gwneud)\b"),
        re.compile(r"\b(?:police|999|ring|call|phone|heddlu|ffonio)\b"),
        re.compile(r"\b(?:confidential\w*|tell anyone|private|angela|bar|pub|club|date|cyfrinachol)\b"),
    ),
    "disclosure_detail": (
        re.compile(r"\b(?:letter|writing|written|post|posted|email|in person|paper|documents?)\b"),
        re.compile(r"\b(?:tell (?:my|me|ma|anyone|someone|people|family|friends|her|a friend)|share|sharing|keep it (?:secret|to myself))\b"),
        re.compile(r"\b(?:confront\w*|face him|face her|tell him|tell her|say (?:it |something )?to (?:him|her)|show (?:him|her)|have it out)\b"),
        re.compile(r"\b(?:find out|know|knows|be told|get told|told|tell him (?:i|it was)|warn\w*|it was me|i asked|i applied)\b"),
    ),
}
OTHER_NATION = (
    "That's how it works in England and Wales. In {nation} it's different, so ask the 24-hour "
    "helpline or a solicitor about {title}."
)


# Entries a question brings in beside its own: "will they just arrest him", "i just want him out for a
# bit", asking about reporting, get the police's own notices and orders too.
ALSO_ASKED: Dict[str, Tuple[Tuple[str, "re.Pattern[str]"], ...]] = {
    "ask_report_police": ((
        "police_orders",
        re.compile(r"\b(?:arrest\w*|charged?|charging|prosecut\w*|walk free|(?:him|her|them) out|out of the (?:house|flat|home)|remove (?:him|her|them)|kick (?:him|her|them) out|keep (?:him|her|them) away|"
                   r"arestio|cyhuddo|(?:o|e|fo|fe|hi) allan o'?r t[yŷ]|cadw (?:o|e|fo|fe|hi) draw)\b"),
    ),),
}


def ordered(keys: Sequence[str], text: str, intent: str = "") -> List[str]:
    """The entries in their usual order, with any the person named first (and any the question brings in, second)."""
    keys = list(keys)
    for key, pattern in ALSO_ASKED.get(intent, ()):
        if pattern.search(text) and key not in keys:
            keys.insert(1, key)
    named = [key for key in keys if key in ASKED_ENTRY and ASKED_ENTRY[key].search(text)]
    return named + [key for key in keys if key not in named]


def points_for(entry: Guidance, text: str, nation: Optional[str] = None) -> List[str]:
    """The entry's points for where the person lives, those answering what was asked first
    (all are always said)."""
    points = entry.points_in(nation)
    patterns = ASKED_POINT.get(entry.key)
    if not patterns:
        return list(points)
    asked = [index for index, pattern in enumerate(patterns) if pattern is not None and pattern.search(text)]
    order = asked + [index for index in range(len(points)) if index not in asked]
    return [points[index] for index in order]


def guidance_messages(intent: str, text: str, nation: Optional[str], lang: Optional[str] = None) -> List[str]:
    """One message per guidance entry that fits the question and where the person lives."""
    messages: List[str] = []
    elsewhere: List[Guidance] = []
    keys = ordered(INTENT_GUIDANCE.get(intent, ()), text.lower(), intent)
    # An entry only for where they live ("dwi yn Aberdeen. alla i riportio fo ar-lein?": Police Scotland's) comes first.
    for key in sorted(keys, key=lambda key: 0 if nation and tuple(directory().guidance[key].nations) == (nation,) else 1):
        entry = directory().guidance[key]
        if entry.applies_in(nation):
            messages.append("\n".join(say(lang, point) for point in points_for(entry, text.lower(), nation)))
        elif set(entry.nations) - {"scotland", "northern_ireland"}:
            elsewhere.append(entry)  # England and Wales law for someone in Scotland or NI
    if elsewhere and nation:
        titles = say(lang, " and ").join(say(lang, entry.title).lower() for entry in elsewhere)
        messages.append(say(lang, OTHER_NATION).format(nation=say(lang, NATION_NAMES[nation]), title=titles))
    return messages


# Follow-ups that ask about the scheme, the police's records or a line are not about the guidance.
NOT_A_POINT = re.compile(r"\bclare'?s?\b|\bclaire'?s?\b|\bdisclos\w*|\bdvds\b|\bdsdas\b|\bdvads\b|\bdatgelu\b|\b(?:record|records|history|convictions?|hanes|cofnod)\b")
# (a follow-up answered from the guidance by another action, or after a danger answer, keeps the guidance's topic)
ANSWERED_BY = frozenset({"action_guidance", "action_not_understood", "action_after_safety", "action_clares_law", "action_helpline", "action_abuse_answer", "action_follow_up", "action_small_talk"})


def asked_points(tracker: Tracker) -> Optional[List[str]]:
    """For a short follow-up on the guidance just given, the points of it the person asks about (one
    message per entry), in their language; None when it asks about none of them.
    ("how long does it take", just after the orders answer, was read as Clare's Law's timescale.)"""
    topic = tracker.get_slot("topic")
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    if topic not in GUIDANCE_TOPICS or previous_action(tracker) not in ANSWERED_BY:
        return None
    if len(text.split()) > 16 or NOT_A_POINT.search(text) or {"physical", "sexual"} & set(forms_in(text)) and re.search(r"\b(?:me|my)\b", text):
        return None  # (nor "he choked me last week till i nearly passed out. is that even a crime", after the orders: what he did)
    nation, lang = tracker.get_slot("nation"), language(tracker)
    blocks = []
    question = GUIDANCE_TOPICS[topic]
    own = INTENT_GUIDANCE.get(question, ())
    for key in ordered(own, text, question):
        entry = directory().guidance[key]
        patterns = ASKED_POINT.get(key, ())
        points = entry.points_in(nation) if entry.applies_in(nation) else ()
        # An entry the follow-up brings in ("i just want him out for a bit", after the police answer) is said whole.
        asked = list(points) if key not in own else [
            point for index, point in enumerate(points) if index < len(patterns) and patterns[index] and patterns[index].search(text)]
        if asked:
            blocks.append("\n".join(say(lang, point) for point in asked))
    return blocks or None


# Someone an order or notice was made against, after the orders answer: "can i text her to say sorry", "how do i fight it then".
CONTACT_ASKED = re.compile(r"\b(?:can|could|should|am i allowed to|is it ok to) (?:i )?(?:just )?(?:text|message|msg|ring|call|phone|see|contact|go round|go home|visit|speak to|talk to|explain)\b")
CONTEST_ASKED = re.compile(r"\b(?:fight|challenge|contest|appeal|get rid of|overturn)\b|\bmy side\b")
ORDER_ON_YOU = ("While a police notice or a court order is in place, don't contact her or go to the home unless it allows it: breaking one "
                "can lead to arrest. A solicitor or Citizens Advice can tell you where you stand and how to put your side.")


def answer_asked_points(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[List[Dict]]:
    """The points of the guidance just given that a follow-up asks about, then who can help; None when it asks about none."""
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    if tracker.get_slot("topic") == "orders" and tracker.get_slot("route") == "own_behaviour" and (CONTACT_ASKED.search(text) or CONTEST_ASKED.search(text)) and len(text.split()) <= 20:
        dispatcher.utter_message(text=say(language(tracker), ORDER_ON_YOU))  # the one it was made against: don't contact, and legal advice
        action.utter_helplines_then_999(dispatcher, tracker, "These people can help:")
        return [SlotSet("topic", "orders")]
    points = asked_points(tracker)
    if not points:
        return None
    for block in points:
        dispatcher.utter_message(text=block)
    if tracker.get_slot("topic") == "children" and (CHILD_TALKS.search(text) or CHILD_AGED.search(text)):
        utter_childline_then_lines(action, dispatcher, tracker)  # "my eldest is 14 can she talk to someone herself"
    else:
        action.utter_helplines_then_999(dispatcher, tracker, "They can talk it through with you and help with this:")
    return [SlotSet("topic", tracker.get_slot("topic"))]


def utter_childline_then_lines(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Childline's own block (with its number) for a child who wants to talk, then the person's lines and 999
    (Childline once: not again among the lines when the child's age already put it there)."""
    childline = directory().service("childline")
    if childline not in action.routing(tracker).primary:
        dispatcher.utter_message(text=format_service(childline, action.clock(), language(tracker)), **{SERVICE_MARK: childline.id})
    action.utter_helplines_then_999(dispatcher, tracker, "They can talk it through with you and help with this:")

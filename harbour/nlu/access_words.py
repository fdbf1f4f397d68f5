"""Deaf, hard of hearing, or unable to phone for any reason: what sends the text and BSL routes first.

Pure (no Rasa import); read by the profile extractor at prediction time only, never by training.
"""
from __future__ import annotations

import re

# Deaf, hard of hearing or unable to speak on the phone: text and BSL routes first (FACTS 3.1, 4).
# Not "can't talk, he's here" (that is danger, and the danger answer covers it).
TEXT_ONLY = re.compile(
    r"\b(?:deaf|hard of hearing|hearing (?:impair\w*|loss|aid)|bsl|sign language|signvideo|text(?:ing)? 999|txt 999|"
    r"(?:can'?t|cannot|cant|can not) (?:hear|speak|talk|use the phone|make (?:voice |phone )?calls)"
    r" (?:properly |well |clearly |much )?(?:on|down|over|using) (?:the |a |my )?phones?|(?:had|have had|i'?ve had) a stroke|stammer\w*|stutter\w*|(?:can'?t|cannot|cant) hear (?:well|properly|calls|phone calls|on calls)|"
    r"(?:can'?t|cannot|cant|can not) make (?:voice|phone) calls|speech (?:impair\w*|disab\w*|difficult\w*)|(?:because|cos|coz|cause) of my (?:speech|stammer|stutter|hearing|stroke)|"
    r"non[- ]?verbal|no hearing|(?:trwm|drwm) (?:fy|fy nghlyw|ei|eu) ?(?:nghlyw|clyw|glyw)?|byddar|fyddar|iaith arwyddion|(?:phone )?calls? (?:are|r|is) (?:useless|no good|no use|impossible) (?:to|for) me|(?:i'?m|im|i am) mute|textphone|minicom|text relay|relay uk|"
    # "what if i cant ring, is there a chat or email": can't phone (a reason of any kind)
    r"(?:can'?t|cannot|cant|can not|unable to) (?:ring|phone|call)(?: (?:them|anyone|up|a helpline|the helpline|out))?(?= (?:is|are|what|how|can|do|so|because|cos|coz|they|he|she|hes|shes|theyre|as|incase|in case|i)\b|\W*$|,|\.)|"
    r"(?:can'?t|cannot|cant|can not) (?:talk|speak) (?:out loud|aloud)|without (?:ringing|ringin|calling|callin|phoning|a (?:phone )?call|having to (?:ring|call|phone|talk|speak))|"
    r"(?:he|she|they)(?:'?d| would|'?ll| will| might| could) (?:over)?hear (?:me|us)(?= talk| on the phone| if| so|,|\.|\W*$)|"
    r"is there (?:a |an )?(?:web ?chat|live chat|online chat|chat|email|text (?:service|line|number))|(?:can|could) i (?:contact them|talk to them|reach them|get help) online\b|"
    r"(?:can'?t|cannot|cant) (?:talk|speak) (?:with|while|when) (?:her|him|them|she'?s|he'?s|they'?re) (?:in|around|home|here|is|are)|(?:can|could) i (?:email|text|web ?chat|chat to|message) (?:them|someone|a helpline|the helpline))\b"
)

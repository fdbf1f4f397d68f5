"""Who is harmed and what is described, said in Welsh (issue 15) — pure, no Rasa import.

The English word lists in :mod:`harbour.nlu.profile` and :mod:`harbour.abuse_forms` read English;
these read the same facts in Welsh, on text folded to plain letters ("gŵr" -> "gwr") with
apostrophes kept ("mae o'n"), north and south forms and the common mutations written out:

* ``victim_is_self``: someone harms the person writing ("mae fy mhartner yn controlio fi", "ma
  cariad fi'n pwsho fi") — so they are never sent to the line for people who harm;
* ``perpetrator``: the person writing harms someone ("dw i'n taro'r wraig", "mae ofn fi ar y
  wraig") — so they are;
* ``forms``: the forms of abuse a description shows (money, control, phone, sex, hitting...).

A fluent Welsh speaker should review these with the other Welsh strings (README, "Welsh").
"""
from __future__ import annotations

import re
from typing import List, Optional

from harbour.nlu import language

# The person harming, as people write it: "fy ngŵr", "y gwr", "gwr fi", "partner fi", "yr ex".
_ABUSER = (
    r"(?:(?:fy |y |yr |'r |r )?(?:ngwr|gwr|wr|mhartner|partner|bartner|nghariad|cariad|gariad|ngwraig|gwraig|wraig|ex|cyn-?(?:bartner|wr|gwr|gariad)|"
    r"boi|boyfriend|girlfriend|mab|merch|mam|nhad|tad|mrawd|brawd|chwaer|teulu|in-?laws|rhieni|mam yng nghyfraith|nhad yng nghyfraith|teulu'?r (?:gwr|wraig)|o|e|fo|fe|hi|nhw)(?: fi| i(?= yn|'n))?)"
)
_HARM = (
    r"(?:taro|nharo|daro|bwrw|mwrw|curo|nghuro|guro|brifo|mrifo|frifo|anafu|hitio|hittio|pwnsio|pwnshio|checko|tsieco|rheoli|reoli|controlio|controllio|checkio|tshecio|gwirio|darllen|ddarllen|"
    r"bygwth|mygwth|fygwth|gweiddi|stelcio|dilyn|pwsho|gwthio|nghadw|cadw|stopio|cymryd|dwyn|sarhau|bychanu|galw enwau|treisio|"
    r"cam-drin|cham-drin|nghamdrin|camdrin|tagu|nhagu|llindagu|cicio|nghicio|slap|bwlio|gorfodi|neud i|gwneud i|trin|sgrechian|sgrechen|sgrechen)"
)
_ME = r"(?:fi|i|fy|arna i|ata i|wrtha i|efo fi|gyda fi|i fi|mi)"
_VICTIM = re.compile(
    rf"\b(?:mae|ma|maen|mai|oedd|roedd|odd)'?(?:r )?\s*{_ABUSER}(?:'n| yn| wedi| di)\s+(?:\w+ ){{0,2}}?{_HARM}\w*\b(?:\s+\w+){{0,3}}?\s+{_ME}\b|"
    rf"\b{_ABUSER}(?:'n| yn) {_HARM}\w* {_ME}\b|\b(?:fo|fe|o|e|hi|nhw) sy(?:'n| yn) (?:fy |'y )?(?:ngham-drin|ngham drin|nghamdrin|mrifo|nharo|mygwth|nghuro|rheoli|reoli) ?(?:i|fi)?\b|"
    # "cariad fi'n taflu petha ata i": the writer's own partner, throwing things at them
    r"\b(?:ngwr|gwr|wr|mhartner|partner|bartner|nghariad|cariad|gariad|ngwraig|gwraig|wraig|ex|boyfriend|girlfriend)(?: fi| i)(?:'n| yn| wedi| di) (?:taflu|daflu|taro|daro|bwrw|curo|cicio|slapio|gwthio|pwsho)\w* (?:\w+ )?(?:ata i|arna i|ata fi|fi)\b|"
    # "ma partner fi'n controlling": the writer's own partner, said to be controlling or abusive
    r"\b(?:ngwr|gwr|wr|mhartner|partner|bartner|nghariad|cariad|gariad|ngwraig|gwraig|wraig|ex|boyfriend|girlfriend)(?: fi| i)(?:'n| yn) (?:\w+ )?(?:controlling|rheolgar|abusive|camdriniol|gamdriniol|treisgar|violent|genfigennus|cenfigennus|jealous)\b|"
    # "mae o'n genfigennus ofnadwy a di torri fy ffon": what he did, said after "and"
    r"\b(?:mae|ma|mai|oedd|roedd|odd) (?:o|fo|e|fe|hi|nhw)(?:'n| yn) \S+(?: \S+)? (?:a|ac|ond) (?:wedi|di) (?:torri|dorri|malu|falu|cymryd|gymryd|dwyn|ddwyn|cuddio|guddio|checio|checkio|darllen|ddarllen|taro|daro|gwthio|wthio|bygwth|fygwth) (?:fy|'y|ffon fi|ffôn fi)\b|"
    rf"\b{_ABUSER}(?:'n| yn| wedi| di) (?:fy|'y) (?:n|m|ng|mh|nh|ngh)\w+|"
    rf"\b{_ABUSER}(?:'n| yn) (?:rheoli|reoli|controlio|controllio) (?:popeth|bopeth|pob dim|bob dim|y pres|yr arian|fy mywyd)\b|"
    r"\b(?:dw i|dwi|wi|rwy|rydw i|fi)(?:'n| yn) (?:cael (?:fy |y )?(?:ngham-drin|cham-drin|cam-drin|nharo|mwrw|nghuro|mrifo|mygwth|reoli|rheoli|stelcio|nilyn|nhreisio)|ofn (?:fo|fe|e|o|hi|nhw|y gwr|y wraig|fy))\b|"
    r"\bmae (?:gen i|gyda fi|arna i) ofn (?:fo|fe|e|o|hi|nhw|y gwr|y wraig|fy)\b|\b(?:ofn|ofnus) (?:ohono fo|ohono fe|ohoni hi|ohonyn nhw)\b|"
    # "mae'r gwr yn gneud yr un peth i fi": what they told of someone else, done to them too
    rf"\b{_ABUSER}(?:'n| yn| wedi| di) (?:gneud|gwneud|neud|wneud) (?:yr un peth|'r un peth|yr un fath|'r un fath) (?:i|efo|gyda) (?:fi|mi)\b|"
    # "gwr fi'n ofnadwy efo fi", "help am gwr fi", "ma gwraig fi'n deud bod fi'n useless"
    rf"\b{_ABUSER}(?:'n| yn) (?:\w+ )?(?:ofnadwy|cas|gas|ymosodol|dreisgar|treisgar|creulon|horrible|nasty|awful|cruel|vile|aggressive|abusive) (?:efo|gyda|hefo|wrth|tuag at|at|i) (?:fi|mi)\b|"
    r"\b(?:help|cymorth|cefnogaeth|cyngor) (?:am|efo|gyda|hefo|ynglyn a|ynghylch|achos) (?:fy |y |'r )?(?:ngwr|gwr|mhartner|partner|nghariad|cariad|ngwraig|gwraig|boyfriend|girlfriend|ex)(?: fi)?\b|"
    rf"\b{_ABUSER}(?:'n| yn) (?:deud|dweud|galw) (?:bod |mod |fod )?(?:fi|mi|fy)(?:'n| yn)? (?:\w+ )?(?:useless|twp|dwp|gwirion|wirion|hyll|tew|dew|da i ddim|dda i ddim|stupid|thick|ugly|fat|mental|gwallgo\w*|nyts|worthless|pathetic|dim byd|ddim werth|werth dim|sbwriel|rybish)\b|"
    # "fo sy'n galw fi'n stupid a thwp": he's the one doing it
    rf"\b(?:fo|fe|o|e|hi|nhw|{_ABUSER}) sy(?:'n| yn| wedi| di) (?:\w+ )?{_HARM}\w*\b(?:\s+\w+){{0,2}}?\s+{_ME}\b|"
    r"\b(?:fo|fe|o|e|hi|nhw) sy(?:'n| yn) (?:galw|deud|dweud) (?:bod |mod |fod )?(?:fi|mi)(?:'n| yn)? (?:\w+ )?(?:useless|twp|dwp|stupid|thick|hyll|tew|dew|gwirion|wirion|mental|worthless|pathetic|dim byd)\b|"
    # "wi'n credu bod e di rhoi rhywbeth ar fy ffon"
    r"\b(?:bod|bo|fod|mae|ma) (?:e|o|fe|fo|hi) (?:wedi|di) (?:rhoi|roi|gosod|cuddio) (?:rhywbeth|rwbath|ap|app|tracker|traciwr)\w* (?:ar|yn|ym|mewn) (?:fy|'y) (?:ffon|ngar|car|laptop|ngliniadur|ipad)\b|"
    # "wraig fi wedi bod yn taflu pethe ata i ers misoedd"
    rf"\b{_ABUSER} (?:wedi|di) bod yn (?:\w+ )?(?:taflu|daflu|taro|daro|bwrw|curo|gweiddi|bygwth|pwsho|gwthio|cicio|slapio)\w* (?:\w+ )?(?:ata i|arna i|ata fi|arna fi|fi|i fi)\b|"
    # "mae o'n deud bo fi'n gorfod cysgu efo fo bob nos"
    rf"\b{_ABUSER}(?:'n| yn) (?:deud|dweud|gwneud i|neud i|mynnu) (?:bo |bod |mod |fod )?(?:fi|mi)(?:'n| yn)? gorfod\b|"
    # "ma boi o'r gwaith yn dilyn fi adra"
    r"\b(?:mae|ma|oedd|roedd) (?:rhyw |y |yr )?(?:boi|dyn|ddyn|hogyn|rhywun|rywun|ex|cyn-?\w+)(?: o'?r \w+| o \w+)?(?:'n| yn| wedi| di) (?:dal i |wastad yn |o hyd yn )?(?:dilyn|nilyn|stelcio|gwylio|ngwylio|aros amdana i|aros tu allan) ?(?:fi|mi)?\b|"
    # "dwi'n meddwl bod o di bod yn cuddio'r pils fi": the pill hidden from her
    r"\b(?:bod|fod|bo|mae|ma) (?:o|fo|e|fe|hi|nhw|y gwr|y partner|y cariad|boyfriend fi|partner fi|gwr fi|cariad fi)(?: wedi| di|'n| yn) (?:bod yn )?(?:cuddio|guddio|cwato|gwato|taflu|daflu|dwyn|ddwyn|cymryd|gymryd|newid) ?(?:'r |'n |y |fy |r )?(?:pills?|pils?|mhils|pilsen|mhilsen|bilsen|tabledi|contraception|condoms?)\b|"
    # "sa i moyn iddo fe gal ei arestio", "dw i ddim isio iddo fo gael ei arestio": protecting the abuser
    r"\b(?:sa i|sai|dw i ddim|dwi ddim|dydw i ddim|fi ddim)(?:'n)? (?:moyn|isio|eisiau|ishe|isie) (?:iddo fe|iddo fo|iddo|iddi hi|iddi|iddyn nhw) (?:gal|gael|cael|fynd) (?:ei |eu )?(?:arestio|harestio|gyhuddo|cyhuddo|i'r carchar|i garchar|jael)\b"
)
_PERPETRATOR = re.compile(
    # "mae fy ngwraig yn dweud fy mod i'n ei rheoli hi... rhoi lwfans wythnosol iddi": told so, of what they do
    r"\b(?:fy mod i|mod i|bo fi|bod fi)(?:'n| yn) (?:ei |eu )?(?:rheoli|reoli|cam-drin|gam-drin|bygwth|fygwth) (?:hi|o|fo|nhw|e)\b|\b(?:rhoi|roi) (?:lwfans|pres poced|arian poced)\b(?: \S+){0,2} (?:iddi|iddo|iddyn)\b|"
    # "mae'r wraig yn deud bod arni ofn fi pan dw i wedi bod yn yfed. dw i wedi malu petha yn y ty"
    r"\b(?:bod|fod|bo|ma|mae)(?: hi| o| fo| e| nhw)? (?:arni|arno|arnyn|ofn arni|ofn arno)(?: hi| o| fo| e| nhw)? (?:ofn )?(?:fi|mi|i(?=\W*$|[.,!?]| pan\b| achos\b| os\b| ers\b))\b(?! (?:yn|n) )|"
    r"\b(?:dw i|dwi|fi|wi|rydw i|nes i|wnes i)(?:'n| yn| wedi| di)? (?:malu|falu|torri|dorri|smasho|chwalu) (?:petha|pethau|pethe|stwff|y ty|drws|drysau|platia|platiau|llestri)\b|"
    # "dw i'n meddwl ella mai fi di'r broblem"
    r"\b(?:mai|ma|taw) (?:fi|i) (?:di|ydi|yw|sy)(?:'r| y|r) (?:broblem|problem)\b|"
    # "fi'n checo ffon y gwr bob nos", "dwi'n gweiddi arno fe os..."
    r"\b(?:fi|mi) sy(?:'n| yn) (?:cadw|rheoli|cymryd|dal) (?:cerdyn|pres|arian|cyflog|ffon)\b|\b(?:bod|fod) (?:hi|o|e|fe|nhw)(?:'n| yn)? ofn (?:fi|arna i)\b|(?:\b(?:wi|dwi|dw i)|(?:^|(?<=[.,!?] ))fi)(?:'n| yn) (?:torri|malu|smasho|taflu) (?:pethe|petha|pethau|stwff)\b|"
    r"\b(?:dw i|dwi|wi|fi|rwy)(?:'n| yn) (?:deud|dweud|gweud|ddeud) wrthi (?:hi )?(?:pwy|lle|ble|be|beth) (?:geith|gaiff|caiff|ga|all|gall|ceith|gelli) hi\b|"
    r"\b(?:wedi |di )?codi (?:fy |'y )?llaw (?:at|ar) (?:fy |'y )?(?:ngwraig|wraig|gwraig|ngwr|gwr|mhartner|partner|nghariad|cariad|hi|fo|fe)\b|"
    r"\b(?:dw i|dwi|wi|rwy|rydw i|fi)(?:'n| yn) (?:checo|checio|checkio|checko|tsiecio|tshecio|jecio|darllen|mynd trwy|mynd drwy|mynd drw|edrych ar|edrach ar|sbio ar|sbïo ar|sbio drw|sbio drwy|sbio trwy|edrych drwy|edrych trwy) (?:ffon|ffôn|phone|negeseuon|tecsts|texts)(?: y| fy|'r)? ?(?:gwr|ngwr|wraig|ngwraig|gariad|nghariad|cariad|partner|mhartner|boyfriend|girlfriend|gf|bf|wife|husband|missus|hubby)\b|\b(?:dw i|dwi|wi|fi)(?:'n| yn) (?:gwylltio|mynd yn wyllt|mynd yn flin|colli fy (?:nhymer|nhempar|limpyn))\w*(?:'n rhacs| yn rhacs)? pan (?:ma|mae) hi(?:'n| yn) mynd allan\b|"
    # (not "sut dwi'n stopio fo": how to stop him)
    rf"(?<!sut )(?<!cariad )(?<!gariad )(?<!partner )(?<!wraig )(?<!gwr )(?<!boyfriend )(?<!girlfriend )(?<!ex )(?<!fflat )(?<!drws )(?<!ty )(?<!ffrind )(?<!phone )(?<!ffon )(?<!car )(?<!chwaer )(?<!brawd )(?<!plant )(?<!babi )(?<!mab )(?<!merch )\b(?:dw i|dwi|wi|rwy|rydw i|fi|nes i|wnes i|dw i wedi|dwi di|wi wedi)(?:'n| yn| wedi| di)?\s+(?:\w+ ){{0,2}}?{_HARM}\w*\s*(?:(?:lot|o hyd|gormod|weithia|weithiau|trwy'r amser) )?(?:ar |at )?(?:ffon |negeseuon |pres |arian |cyfrif |ebost |e-bost |lleoliad |insta |facebook |whatsapp |laptop )?(?:y wraig|'r wraig|r wraig|fy ngwraig|ngwraig|gwraig fi|y gwr|'r gwr|fy ngwr|gwr fi|fy mhartner|partner fi|y partner|'r partner|fy nghariad|nghariad|cariad fi|gariad fi|nghariad i|fy cariad|y cariad|'r cariad|y gariad|'r gariad|fy partner|fy gwraig|hi|fo|fe|e|nhw|y plant|'r plant)\b|"
    # "fi'n fenyw a fi'n bwrw'n partner i pan fi di yfed"
    r"\b(?:fi|dw i|dwi|wi|rwy)(?:'n| yn| wedi| di) (?:bwrw|mwrw|taro|daro|curo|slapio|slapo|hitio|cicio|gwthio|pwnsio|dyrnu)(?:'n| yn| fy| 'r| y) ?(?:partner|mhartner|gwr|ngwr|wraig|ngwraig|cariad|nghariad|gariad|boyfriend|girlfriend|bf|gf|wife|husband)(?: i| fi)?\b|"
    # "ma hi'n ofn fi dwi'n meddwl": she is afraid of the writer
    r"\b(?:ma|mae) (?:hi|o|fo|e|fe|nhw|y wraig|'r wraig|y plant|'r plant|y cariad|'r cariad|partner fi|cariad fi)(?:'n| yn)? (?:ofn|ofni|ofnus o) (?:fi|fi'n|arna i)\b|"
    # "nes i wthio nghariad yn erbyn y wal", "nes i daro hi"
    r"\b(?:nes i|wnes i|mi wnes i|dw i wedi|dwi di|wi wedi|fe wnes i) (?:\w+ )?(?:wthio|gwthio|daro|taro|fwrw|bwrw|guro|frifo|brifo|gicio|slapio|hitio|hittio|pwnsio|pwnshio|dagu|thagu|fygwth|bygwth|weiddi|sgrechian|daflu|ysgwyd|afael|gafael)(?: \w+)? (?:ar |at |yn ei |yn )?(?:y wraig|'r wraig|fy ngwraig|ngwraig|y gwr|fy ngwr|ngwr|fy mhartner|mhartner|fy nghariad|nghariad|cariad fi|(?:girlfriend|boyfriend|gf|bf|wife|partner|gwraig|gwr|gariad) fi|hi|fo|fe|e|nhw)\b|"
    r"\bmae (?:ofn fi|ofn arna i|ofn) (?:ar )?(?:y wraig|'r wraig|fy ngwraig|y gwr|fy ngwr|fy mhartner|y partner|fy nghariad|y plant|hi|fo|fe|nhw)\b|\bofn fi ar\b|"
    r"\b(?:colli|golli|collis i|gollis i|collais i?|gollais i?|golles i|colles i)(?: fy|'n|'n fy)? '?(?:nhymer|tymer|nhemper|temper|tempar|tempyr|dymer|dempar|nhempar|pen|limpin|limpyn|limpan|lympan)\b|\b(?:rhoi|roi) (?:slap|clatsien|bonclust|pelten|swadan) (?:iddi|iddo|i'r wraig|i'r gwr|i 'r wraig|i 'r gwr)\b|\b(?:fwres i|bwres i|nes i (?:daro|fwrw|hitio|bwnsio|pwnsio|gicio))(?: \w+)? ?(?:'r|y) wal\b|\bfi (?:ydi|yw|sy'n|syn) (?:y broblem|'?r broblem|broblem|gamdriniol|camdriniol)\b|\b(?:cwrs|help|cymorth) (?:i|ar gyfer) (?:ddynion|bobl) sy'n (?:treisgar|camdriniol|gamdriniol)\b|"
    # "dwi'n checkio lle ma hi ar yr app trw'r amser a dwi'n mynd yn flin os dio ddim yn ateb"
    r"\b(?:dw i|dwi|wi|rwy|fi)(?:'n| yn) (?:checkio|tshecio|tsiecio|gwirio|tracio|watsiad|gwylio) (?:lle|ble) (?:ma|mae) (?:hi|o|fo|e|fe|nhw)\b|"
    r"\b(?:dw i|dwi|wi|rwy|fi)(?:'n| yn| wedi| di) (?:bod yn )?(?:gweiddi|sgrechian|sgrechen|sgrechan|rhegi|bygwth) (?:arni|arno|arnyn|ati|ato)(?: hi| fo| fe| nhw)?\b|"  # "dwi di bod yn gweiddi arni hi lot"
    r"\b(?:dw i|dwi|wi|rwy|fi)(?:'n| yn) mynd yn (?:flin|gas|wyllt|benwan|grac|gandryll) (?:os|pan|efo|gyda|hefo) (?:hi|o|fo|e|fe|hi'n|dio|di hi|dydi hi|dyw hi|ma hi)\b|"
    # "dw i'n meddwl na i frifo hi", "dwi'n meddwl mod i'n abusive", "dw i'n gwario pres fy mhartner"
    r"\b(?:na i|wna i|nai|mi wna i|fe wna i) (?:frifo|daro|fwrw|guro|ladd|dagu|thagu) (?:hi|o|fo|e|fe|nhw)\b|"
    r"\b(?:nes i|wnes i|mi wnes i) (?:afael|gafael|gydio) (?:yn|mewn) (?:ei |fy )?(?:braich|breichiau|gwddf|gwddw|gwallt|garddwrn|hwyneb)\b|"
    r"\b(?:mod i|bod fi|fy mod i|bo fi)(?:'n| yn) '?(?:abusive|camdriniol|gamdriniol|rheolgar|controlling|treisgar|abuser|rheoli|reoli|brifo|frifo|bygwth|fygwth)\b|"
    # "dwi'n tsiecio'i location hi", "nath hi guddio rhagdda i", "Rwyf wedi gweiddi ar fy ngwraig ac wedi taflu plât ati"
    # (not "boyfriend fi'n checio ffôn fi": "my boyfriend checks my phone")
    r"(?<!boyfriend )(?<!girlfriend )(?<!cariad )(?<!gariad )(?<!partner )(?<!gwr )(?<!wraig )(?<!ex )\b(?:dw i|dwi|wi|fi|rwy|rwyf)(?:'n| yn) (?:tsiecio|checkio|checio|tshecio|tracio|darllen)(?:'i| ei)? (?:location|lleoliad|ffon|negeseuon|snapchat|tecsts|insta)\b(?! fi\b| i\b)|"
    r"\b(?:nes i|wnes i|mi wnes i|nesh i) (?:daflu|thaflu|taro|daro|gwthio|wthio|bwrw|fwrw|cicio|gicio|slapio|wasgu|gydio yn) (?:\w+ )?(?:at |ar |yn )?(?:y |'r |fy )?(?:gariad|cariad|nghariad|wraig|ngwraig|gwraig|gwr|ngwr|partner|mhartner|bartner)\b|"
    r"\b(?:nes i|wnes i|mi wnes i) (?:gymryd|cymryd|ddwyn|dwyn|guddio|cuddio) ei (?:cherdyn|cerdyn|ffon|ffôn|phres|pres|harian|arian|chyflog|gyflog|phasbort|basbort)(?: banc)? (?:hi|o|fo|e|fe)\b|"
    # "oes na rywun fedra i siarad efo am fod yn rhy genfigennus"
    r"\bam (?:fod|bod) yn (?:rhy |mor |or )?(?:genfigennus|cenfigennus|eiddigeddus|rheolgar|treisgar|flin|gas|ymosodol)\b|"
    # "fy mod i'n gweiddi ar fy ngwr ac yn ei fychanu o flaen pobl"
    r"\b(?:mod i|bod fi|fy mod i|bo fi)(?:'n| yn) (?:gweiddi ar|bychanu|sgrechian ar|taro|brifo|rheoli|bygwth) (?:fy |y |'r )?(?:ngwr|gwr|wraig|ngwraig|mhartner|partner|nghariad|cariad|gariad)\b|"
    # "nes i daflu ei ffon hi at y wal", "dwi'n gwbod bo fi di bod yn shit efo hi"
    r"\b(?:nes i|wnes i|nesh i|mi wnes i) (?:daflu|thaflu|malu|falu|smasho|dorri|torri) (?:(?:ei |'i )?(?:ffon|ffôn|phone|laptop|sbectol) (?:hi|o|fo|e|fe)|(?:ffon|ffôn|phone|laptop) (?:y |'r )?(?:gariad|cariad|wraig|gwr|partner|mhartner|nghariad))\b|"
    r"\b(?:bo fi|mod i|bod fi|fy mod i)(?: di| wedi) bod yn (?:shit|gas|cas|gruel|cruel|ofnadwy|horrible|nasty|ddrwg|gachu) (?:efo|gyda|hefo|at|wrth) (?:hi|o|fo|e|fe|y gariad|'r gariad|y wraig|'r wraig|fy ngwraig|nghariad|y gwr|'r gwr|ngwr)\b|"
    r"(?:\b(?:ddim|dim|sa i|so i|sai)|'m) (?:isio|isho|eisiau|moyn|ishe) bod fel (?:fy |'y )?(?:nhad|nhad i|tad|dad)(?: fi| i)?\b|\bhelp i (?:stopio|newid)\b|"
    r"\b(?:guddio|cuddio|rhedeg) (?:rhagdda|rhagddo|oddi wrtha) i\b|\b(?:ganddi|gynni|gyda hi|gan y wraig|gan y gwr) ofn (?:fi|mi)\b|\b(?:ddim|dim|'m) (?:isio|eisiau|moyn) bod y (?:boi|dyn|person) (?:yna|na|hwnna)\b|"
    r"\b(?:rwyf|rydw i|dwi|dw i|fi|wi)(?: wedi| di) (?:gweiddi ar|taflu \w+ at|taro|daro|gwthio|bwrw|cicio) (?:fy ngwraig|fy ngwr|fy mhartner|fy nghariad|y wraig|y gwr|wraig fi|gwr fi)\b|"
    r"\b(?:dwi|dw i|fi|wi)(?:'n| yn| di| wedi)? (?:dechra |dechrau |gweiddi a |gweiddi ac |gweiddi ac yn |gweiddi a'n |sgrechian a |sgrechian ac yn )?(?:taflu|daflu|malu|dyrnu|cicio) (?:petha|pethau|pethe|stwff)\b.*\bpan (?:dwi|dw i|fi)(?:'n| yn) (?:flin|wyllt|grac|gwylltio|stressed|stresd|stressio|meddw|feddw|yfed|ypset|upset)\b|\b(?:cymorth|help) i newid\b|"
    # "ma'r cariad di gadael fi achos o fel o'n i'n trin hi. fi moyn newid, seriously"
    r"\b(?:fel|sut|y ffordd) (?:o'n i|on i|oeddwn i|ro'n i|ron i|dw i|dwi|fi)(?:'n| yn) (?:trin|siarad efo|siarad gyda|siarad a|bihafio efo|bihafio gyda) (?:hi|o|fo|e|fe|nhw)\b|"
    r"\b(?:fi|dw i|dwi|wi|rwy)(?:'n| yn)? (?:moyn|isio|isho|eisiau|ishe) newid\b(?=\s*(?:[,.!]|$|seriously|go iawn|wir\b|fy hun|y ffordd dw i|sut dw i))|"
    r"\b(?:dw i|dwi|wi|fi)(?:'n| yn) (?:gwario|cymryd|dwyn|cadw) (?:pres|arian|cyflog|cerdyn) (?:fy |y |'r )?(?:mhartner|partner|wraig|ngwraig|gwraig|gwr|ngwr|nghariad|cariad)\b|"
    # "dw i'n poeni am fy ymddygiad i efo'r wraig", "mae gen i broblem efo cenfigen"
    r"\b(?:poeni|pryderu) (?:am|ynglyn a) (?:fy |'y )?(?:ymddygiad|nhymer|nhemper)\b|\bfy ymddygiad (?:i )?(?:efo|gyda|hefo|tuag at|at)\b|"
    r"\b(?:gen i|gyda fi|da fi|gynna i|sgen i|mae gen i|ma gen i) (?:broblem|problem) (?:efo|gyda|hefo|a|â) (?:cenfigen|genfigen|fy nhymer|nhymer|tymer|temper|fy nhemper|cadw fy nhymer)\b|"
    # "ydw i'n abuser os dwi'n checkio ffon cariad fi"
    # ("ma partner fi'n controlling": "fi" there is "my", so only at the start or after a stop)
    r"(?<!perthynas )(?<!berthynas )(?<!mherthynas )(?:\b(?:ydw i|ydi fi|dwi|dw i|wi|rwy)|(?:^|(?<=[.,!?] ))fi)(?:'n| yn|'m yn) (?:\w+ )?(?:abuser|abusive|gamdriniwr|camdriniwr|gamdriniol|camdriniol|rheolgar|controlling|treisgar)\b|"
    # "dw i'n poeni mai fi sy'n brifo fy nghariad", "sut dwi'n stopio gweiddi ar y partner"
    r"\b(?:mai|taw|ma) fi sy(?:'n| yn) (?:brifo|frifo|taro|daro|rheoli|reoli|cam-drin|camdrin|gam-drin|bwlio|bygwth|fygwth|gweiddi)\b|"
    r"\b(?:stopio|peidio|peidio a) (?:gweiddi|sgrechian|taro|brifo|bygwth|rheoli|gwthio|cicio) (?:ar |at )?(?:y |'r |fy )?(?:partner|mhartner|wraig|ngwraig|gwr|ngwr|cariad|nghariad|hi|fo|nhw|plant|mhlant)\b|"
    # "sut dw i'n stopio bod mor genfigennus", "dw i'n ffonio hi 30 gwaith y dydd"
    r"\b(?:stopio|peidio|peidio a|rhoi'r gorau i) bod (?:mor |mor |yn )?(?:genfigennus|cenfigennus|eiddigeddus|rheolgar|treisgar|flin|gas|ymosodol)\b|"
    r"(?<!cariad )(?<!gariad )(?<!partner )(?<!bartner )(?<!gwr )(?<!wr )(?<!wraig )(?<!boyfriend )(?<!girlfriend )(?<!ex )\b(?:dw i|dwi|wi|rwy|rydw i|fi)(?:'n| yn) (?:rhy |mor |reit |braidd yn )?(?:genfigennus|cenfigennus|eiddigeddus|rheolgar|treisgar|ymosodol|gamdriniol|camdriniol)\b|"
    r"\b(?:dw i|dwi|wi|rwy|rydw i|fi)(?:'n| yn) (?:ffonio|tecstio|messagio|negesu) (?:hi|o|fo|e|fe|nhw)\b(?: \w+){0,2} \d+ (?:gwaith|o weithiau)\b"
)
_FORMS = (
    ("coercive_control", r"\b(?:(?:fo|fe|o|e|hi)(?: sy'?n| sydd yn) (?:penderfynu|deud|dweud|gweud) (?:pwy|lle|ble|be|beth) (?:dw i|dwi|fi|wi|rydw i)(?:'n| yn) (?:cael|cal|ca'?l|gallu)|(?:gwrando ar|darllen|checkio|mynd trwy) (?:fy |y )?(?:ngalwadau|galwadau|negeseuon|tecsts|messages)|(?:gwylltio|wylltio|flin|colli (?:ei |eu )?(?:dymer|limpyn))(?: \S+){0,4} os (?:dio'?m|dydi o ddim|di o ddim|dyw e ddim|so fe|nad yw|dydy o ddim|dydi hi ddim|dyw hi ddim) (?:yn )?(?:cal|cael|gael|ca'?l) (?:gwbod|gwybod|wbod|wybod) (?:lle|ble)|(?:gwbod|gwybod|wbod|wybod) (?:lle|ble) (?:ma|mae|dwi|dw i|wi|ydw i) (?:hi |o |fo |e |fe )?bob (?:munud|awr|eiliad)|(?:di|wedi) (?:stopo|stopio|stopi|rhoi'?r gorau i) (?:dod|mynd|fynd) (?:mas|allan|adra|adre|adref|draw|i'?r ty)|(?:cadw|chadw|gadw) (?:hi|o|fo|fe|fi|nhw) (?:oddi wrth\w*|draw oddi wrth\w*|i ffwrdd o)|(?:ddim|dim) yn (?:cal|cael|ca'?l|gael) (?:dod|mynd|fynd) (?:i'?r|i) \S+(?: \S+){0,3} (?:hebddo|hebddi|heb)|(?:deud|dweud|gweud|ddeud) wrth(?:o|i|a i|yn nhw)(?: fo| fe| hi)? (?:pryd|lle|ble|efo pwy|gyda pwy|pwy) (?:ceith|ceiff|geith|gaiff|caiff|all|gall|ga|cheith|chaiff) (?:o|e|fo|fe|hi|fi) (?:fynd|mynd|weld|gweld|siarad)|(?:ffonio|ffono|tecstio|texto) (?:hi|o|fo|fi) (?:\d+|deg|ugain|hanner cant) (?:gwaith|o weithia\w*) (?:y dydd|bob dydd|y nos|y noson)|(?:ddim|dim) yn (?:gadael|gadel|gadal) (?:iddi|iddo|i fi|fi|hi|fo) (?:ddod|dod|fynd|mynd|weld|gweld) (?:mas|allan|ffrindia\w*|ffrindie\w*)|(?:ddim|dim|byth) yn (?:cael|ca'?l|gael) (?:dod|mynd|fynd) (?:allan|mas)|(?:ca'?l|cael|gael) (?:ei |i )?(?:gweld|weld) (?:hi|o|fe|fo) byth|byth yn (?:ca'?l|cael|gael) (?:ei |i )?(?:gweld|weld) (?:hi|o|fe|fo)|(?:deud|dweud|gweud|ddeud|ddweud) (?:be|beth) (?:ma|mae|geith|gaiff|all|gall) (?:hi|fi|o|fo|e|fe)(?:'n| yn)? (?:cael |gael )?(?:gwisgo|wisgo|neud|wneud|bwyta|fwyta)|(?:ddim|dim|byth)(?: yn)? (?:gadael|adael|gadel|adel|gadal|adal) (?:i )?(?:fi|hi|fo|fe|mi|iddi|iddo) (?:weld|gweld|fynd|mynd|siarad|gael|cael)|(?:mor |rhy |yn )?(?:jealous|genfigennus|cenfigennus|eiddigeddus)\b.*\b(?:stopio|stopo|stopid|ddim yn cael|dim yn cael|byth yn) (?:dod|gweld|weld|mynd)|(?:deud|dweud|gweud) wrth(?:i|o|a i) (?:be|beth) i (?:wisgo|wneud|fwyta)|(?:deud|dweud|gweud) wrth(?:i|o|a i|a fi) (?:lle|ble) i (?:fynd|fod)|rheoli|reoli|controlio|controllio|ddim yn gadael i (?:fi|mi)|(?:ddim|dim|dio'?m|dydi o ddim|dyw e ddim) yn gadael (?:iddi|iddo|iddyn|i fi|i mi) (?:fynd|weld|gweld|gael)|ddim yn (?:cael|cal|ca'?l|gael) (?:mynd|gweld|gadael)|stopio fi (?:weld|mynd|gweithio)|caniatad|caniatâd|fy nghadw (?:yn|i mewn|adra|adre)|cloi fi|ynysu|ddim yn (?:lico|hoffi|licio) (?:fi'?n|bo fi'?n|mod i'?n) (?:gweld|weld|mynd|siarad)|c?genfigennus|genfigen|cenfigen|pwdu am ddyddie\w*|"
     r"(?:deud|dweud|gweud|ddeud|ddweud) (?:wrtha i |wrtha fi |wrtho i )?(?:be|beth|pa ddillad) (?:i|dw i'?n|dwi'?n|fi'?n) (?:wisgo|gwisgo|fwyta|bwyta)|"
     r"pwy (?:dw i|dwi|fi|wi|ydw i)(?:'n| yn) (?:cael|cal|ca'l) (?:weld|gweld|siarad efo|siarad gyda|tecstio)|"
     r"pwy (?:ga i|gai|alla i|galla i) (?:weld|gweld|siarad efo|siarad gyda|tecstio))\b"),
    ("economic", r"\b(?:pres|bres|mhres|phres|arian|ceiniog|geiniog|cheiniog|economic|financial|ariannol|cyflog|ngyflog|nghyflog|chyflog|gyflog|cerdyn|gardyn|ngherdyn|banc|budd-daliadau|pensiwn|mhensiwn|dyled\w*|benthyciad\w*|credyd)\b"),
    ("emotional", r"\b(?:(?:yrru|gyrru|anfon|hala|sendio) (?:negeseuon|tecsts|texts|messages) (?:cas|ych|afiach|nasty)|(?:deud|dweud|gweud) wrth (?:pawb|bawb) (?:bo|bod|mod|fod) (?:fi|i)(?:'n| yn) (?:nyts|wallgo|gwallgo|boncyrs|mental|crazy|dwlali)|(?:deud|dweud|gweud) (?:bo|bod|mod|fod) (?:fi|i)(?:'n| yn) (?:dew|tew|twp|dwp|thick|hyll|stiwpid|stupid|useless|ddiwerth|dda i ddim|fam ddrwg|mam ddrwg|fam wael|fam da i ddim)|galw enwau|galw fi'?n enwau|o flaen pawb|galw (?:fi|i|fi'n|i'n|fy)(?:'n| yn)? ?(?:stupid|dwp|twp|thick|thic|dew|hyll|useless|ddiwerth|dda i ddim|ffat|dew|slag|ast|bitch|mental)|sarhau|bychanu|twp|da i ddim|gwirion|gweiddi ar|gweiddi yn fy wyneb|rhegi ar|fy mai i|bai fi|gwallgo\w*|neb arall (?:isio|eisiau|moyn|ishe) (?:fi|ti|chdi)|overreact\w*|gor-ymateb\w*|gorymateb\w*|rhy sensitif|rhy sensitive|dychmygu pethau|dychmygu petha)\b"),
    ("physical", r"\b(?:ta?flu peth\w* (?:ata|arna)|da?flu peth\w* (?:ata|arna)|taro|nharo|daro|bwrw|mwrw|curo|nghuro|brifo|mrifo|pwsho|bwsho|gwthio|wthio|ngwthio|(?:cicio|gicio|nghicio)(?! (?:fi |fe |fo |o |e |hi |nhw )?(?:allan|mas)\b)(?!'?r (?:ci|gath|cath)\b)|slapio|tagu|nhagu|llindagu|gwddwg|ngwddwg|gwddf|wddf|ngwddf|cleisiau|gleisiau|chleisiau|cleisie|gleisie|cleisia|gleisia|clais|glais|treisgar)\b"),
    ("sexual", r"\b(?:(?:cael|i gael|gael|gal|cal|ca'?l|isio|moyn|mynnu|fynnu) secs|mynnu rhyw|(?:taflu|daflu|cuddio|guddio|cwato|gwato|dwyn|newid)(?:'n|'r| fy| y)? ?(?:pills?|pils|bilsen|mhils|mhill|tabledi|condoms?)|cuddio'?r pils?|cuddio'?r bilsen|cuddio fy mhils|gorfod cysgu (?:efo|gyda|hefo) (?:fo|fe|o|e|hi)|rhyw|treisio|nhreisio|caniatad rhywiol|lluniau noeth|noethlymun|(?:gyrru|yrru|anfon|hanfon|danfon|ddanfon|rhannu|rannu|postio|send|sendio|rhoi|roi|dangos|ddangos)(?: \w+)? (?:lluniau|llunia|luniau|pics|nudes)(?! (?:o'?r|o|i'?r|i|to|of|yr)\b)(?: ohona i)?)\b"),
    ("tech", r"\b(?:(?:gwbod|gwybod|wbod|wybod) (?:bob man|pob man|bobman|popman|lle bynnag) (?:dwi|dw i|fi|rydw i) (?:di|wedi|'n|yn)|app ar (?:fy|y) (?:ffon|ffôn|phone)(?: fi)?|(?:gwbod|gwybod|wbod|wybod) (?:lle|ble) (?:dwi|dw i|ydw i|rydw i|fi) (?:bob tro|bob amser|o hyd|drwy'?r amser|bob munud)|rhoi rhywbeth ar fy ffon|rhoi rwbath ar fy ffon|(?:gwbod|gwybod) (?:lle|ble) (?:fi|dwi|dw i|rydw i) (?:di|wedi) bod|(?:checkio|checio|chekio|checko|checo|tsiecio|tsieco|tshecio|jecio|gwirio|darllen|ddarllen|mynd trwy?|mynd drwy?|edrych ar|edrych trwy|edrych drwy|sbio ar|sbio trwy|cymryd|gymryd|cadw|malu|torri|dwyn|ddwyn|ateb|hacio|cuddio|guddio)(?:'?r|'i|'u| y| ei| eu| fy| 'y)? ?(?:ffon|ffôn|phone|ffonau|negeseuon|messages|tecsts|texts|whatsapp|facebook|insta|snapchat)|(?:ffon|ffôn|phone|negeseuon) (?:fi|i) (?:bob|drwy|trwy|o hyd|pob)|setio (?:hi|o|e|fe|fo|'?r ffon|y ffon|fy ffon)(?: i)? (?:fyny|lan)|tracio|olrhain|lleoliad|ap ar fy|cyfrinair|cyfrineiriau|gliniadur|hanes y we|checkio'?r laptop)\b"),
    # "ma nheulu isio fi briodi rhywun dwi erioed di gwrdd": a forced marriage
    ("honour", r"\b(?:gorfodi (?:fi|i fi|mi|hi|hi i|o|fo) i (?:briodi|brodi)|(?:neud|wneud|gwneud) (?:iddi|iddo|i fi|i mi) (?:briodi|brodi)|priodas dan orfod|priodi dan orfod|(?:mynd a|mynd â|fynd a|fynd â|cymryd|cario) (?:hi|fi|fo|e) (?:i ffwrdd|dramor|draw|adre|i (?:bacistan|pakistan|india|bangladesh))\b.{0,40}\b(?:i )?(?:briodi|brodi)|(?:trefnu|drefnu) (?:priodas|briodas) (?:iddi|iddo|i fi|i mi)|(?:isio|eisiau|moyn|mynnu|am|eisie|ishe) (?:i )?(?:fi|mi) (?:briodi|brodi)|(?:yrru|gyrru|hel|anfon|danfon) (?:fi|i fi|hi|fo|o) (?:dramor|nol adra|yn ol adra|i (?:bacistan|pakistan|india|bangladesh))|anrhydedd|cywilydd ar y teulu|codi cywilydd ar|dod a chywilydd)\b"),
    ("stalking", r"\b(?:(?:sefyll|aros|disgwyl|loitran) (?:tu fas|tu allan|tu fa's) (?:i'?w|i|i'?r) (?:gwaith|waith|ty|thy|fflat|ysgol|coleg)|(?:hala|gyrru|anfon|yrru) (?:negeseuon|tecsts|texts|messages) (?:drwy'?r|trwy'?r|trw'?r|bob) (?:dydd|nos|amser|awr)|stelcio|stelcian|dilyn fi|dilyn i|nilyn|gwylio'?r ty|nilyn i|tu allan i'r (?:ty|tŷ|gwaith)|troi fyny o hyd|(?:troi|droi) (?:lan|fyny|i fyny)(?: \S+){0,5} o hyd|(?:troi|droi|dod) (?:lan|fyny|i fyny|rownd) (?:tu fas|tu allan|at|i) (?:i'?r |y )?(?:ty|tŷ|gwaith|waith|fflat)|(?:dod|dwad) rownd (?:ty|tŷ|fflat) (?:fi|i)\b.{0,40}\b(?:bob dydd|o hyd|drwy'?r amser)|(?:gyrru|hala|anfon|yrru) (?:msgs|negeseuon|tecsts|texts|messages) bob dydd|gadael (?:blode|blodau|llythyr\w*|anrhegion|pethe|pethau|nodyn\w*) (?:tu fas|tu allan|wrth y drws|ar stepen|ar y stepen)|tu fas i'?r (?:ty|tŷ|gwaith) bob (?:nos|dydd|wythnos))\b"),
    ("threats", r"\b(?:(?:smashio|torri|malu) (?:petha|pethau|pethe|stwff|y ty|bob dim)(?= pan| os| bob)|smashio (?:petha|pethau|pethe|stwff|y ty|bob dim)|(?:dwi|dw i|fi)(?:'n| yn) crynu (?:pan|os|bob tro)|bygwth|mygwth|fygwth|cymryd y plant|mynd a'r plant|mynd a'?r plant|mynd â'r plant|cymryd (?:nhw|y plant) (?:off|oddi ar|oddi wrth) (?:fi|i)|malu (?:petha|pethau|stwff|y ty|pob dim)|(?:cicio|gicio|brifo|frifo|curo|guro|taro|daro)'?r? (?:ci|gath|cath|anifail|anifeiliaid))\b"),  # "mae o'n cicio'r ci": hurting what you love
)
_FORM_PATTERNS = tuple((form, re.compile(pattern)) for form, pattern in _FORMS)
# "dio ddim yn fy nharo", "dyw e erioed wedi fy mwrw": what didn't happen isn't described.
_NEGATED = re.compile(r"\b(?:ddim|dim|erioed|rioed|byth)\b(?: \w+){0,3}? (?:taro|nharo|daro|bwrw|mwrw|curo|nghuro|brifo|mrifo|cyffwrdd|bygwth|mygwth|fygwth)\w*"
                      r"|\b(?:oes )?rhaid (?:iddo|iddi|i fo|i fe|i hi|i hynny)? ?(?:fod|bod) yn (?:gorfforol|corfforol|dreisgar|dreisiol)\b"
                      r"|\b(?:jyst|jest|just|dim ond|ond) (?:os|pan) (?:\w+ ){0,4}(?:taro|nharo|daro|bwrw|mwrw|curo|nghuro|brifo|mrifo|hitio|slapio|cicio)\w*"
                      r"|\b(?:golygu|meddwl|feddwl) (?:\w+ ){0,2}(?:taro|daro|bwrw|curo|hitio|slapio) (?:rhywun )?(?:yn unig|jyst)\b")  # "ydy e'n golygu bwrw rhywun yn unig?": asked  # "ydi e jyst os ma rhywun yn bwrw chi": asked  # "oes rhaid iddo fod yn gorfforol": asked, not described


# "dw i'n 15", "wi'n 14 oed", "fi'n 15": the person's own age.
_AGE = re.compile(r"\b(?:dw i|dwi|wi|rwy|rwyf|rydw i|fi|ydw i|ni'?n dwy|ni'?n dau|dan ni|da ni)(?:'n| yn|(?: ond| jyst| dim ond) yn) (?P<age>\d{1,2})(?: oed| mlwydd oed| blwydd oed)?\b(?! (?:munud|awr|diwrnod|wythnos|mis|gwaith))")
# "dyn ydw i", "dw i'n ddyn", "fel dyn": the person writing is a man.
_MAN = re.compile(r"\b(?:ma|mae)(?:'r| y) (?:wraig|ngwraig)(?:'n| yn| wedi| di) (?:\w+ )?(?:bygwth|fygwth|rheoli|reoli|gweiddi|sgrechian|cuddio|cadw|cymryd|gwario)\b|\bdyn \d{1,2} (?:oed|mlwydd oed)(?: \w+){0,3} (?:ydw i|dw i|dwi)\b|\b(?:bloke|boi|dyn|hogyn|bachgen|lanc|crwt) (?:odw|ydw|dw|wi) i\b|^\W*(?:bloke|boi|dyn|hogyn|bachgen|crwt|lad|guy) (?:dwi|ydw i|wi|dw i)\b|\b(?:y |fy |'r )?(?:wraig|ngwraig)(?: fi)?(?:'n| yn| wedi| di) (?:\w+ )?(?:bwrw|mwrw|taro|nharo|curo|nghuro|cicio|slapio) (?:fi|i)\b|\b(?:dyn ydw i|dyn dw i|dwi'n ddyn|dw i'n ddyn|wi'n ddyn|rwy'n ddyn|fi'n ddyn|fel dyn|d?dynion sy'n cael eu cam-drin|(?:rhif|rif|llinell|linell|help|cymorth|gymorth|rhywun|rywun|rhywbeth|rwbath|rywbeth|unrhyw beth)(?: \w+){0,3} i ddynion(?! sy'?n cam-?drin| sydd yn cam-?drin)|"
                  r"(?:dwi|dw i|wi|fi|rwy)'n (?:hogyn|fachgen|foi|lanc|dad)|hogyn ydw i|bachgen ydw i)\b|"
                  # "teimlo'n stiwpid. dyn yn ca'l ei fwrw gan fenyw"
                  r"\bdyn (?:yn |n )?(?:cael|ca'?l|cal|gael) ei (?:fwrw|daro|guro|gam-drin|gamdrin|reoli|fygwth) gan (?:fenyw|ddynes|wraig|ei wraig|ei bartner|ei gariad|hi)\b")


_KIN = r"(?:ffrind|ffrind gorau|crwt|grwt|croten|groten|llysferch|llysfab|wyres|wyr|nith|nai|chwaer|mrawd|brawd|frawd|mam|fam|nhad|tad|dad|merch|ferch|mab|fab|nain|nhaid|taid|mam-gu|mamgu|nhad-cu|tadcu|cymydog|cymdoges|cyfnither|nghefnder|cefnder|modryb|ewythr)"
# "ar ran fy chwaer", "poeni am fy ffrind", "mae chwaer fi'n byw efo boi sy'n...": someone else is at risk.
_SOMEONE_ELSE = re.compile(
    rf"\b{_KIN}(?: gora| gorau| gore)?(?: fi| i)\b.*\b(?:partner|bartner|phartner|cariad|gariad|chariad|gwr|wr|gwraig|wraig|sboner|boyfriend|girlfriend) (?:e|fe|fo|o|hi)\b|"  # "brawd fi'n hoyw a ma partner e'n bygwth outio fe"
    rf"(?<!')\b(?:ar ran|poeni am|pryderu am|i|am|dros) (?:fy |'y )?{_KIN}\b(?!(?: (?:a|ac) \w+)? (?:fynd|gael|wybod|ddod|weld|neud|wneud|fod|bod|ddeud|ddweud|boeni|ffeindio|glywed)\b)|\b(?:poeni|pryderu|becso|gofidio) am y {_KIN}\b|\b{_KIN}(?: gora| gorau| gore)?(?: fi| i),? (?:ma|mae)'?i (?:chariad|gariad|cariad|gwr|wr|gwraig|wraig|phartner|bartner|sboner)\b|\b(?:fi|y fi) sy(?:'n| yn) gofyn\b.*\bei (?:mam|thad|chwaer|brawd|ffrind|modryb|nain|mam-gu)\b|\b(?:yr |'r )?hen (?:wraig|ddynes|ddyn|foi|wr) (?:drws nesa|drws nesaf|lawr y lon|ar y stryd)\b|"
    # "hogan fi'n 17, boyfriend hi'n 20 a ma'n gweiddi arni": a daughter and her boyfriend ("hogan fi" alone may be a girlfriend)
    r"\b(?:hogan|hogyn)(?: fi| i)\b.*\b(?:partner|bartner|cariad|gariad|chariad|boyfriend|girlfriend|bf|gf) (?:e|fe|fo|o|hi)\b|"
    # "crwt fi'n 22 a ma fe'n dod adre gyda cleisie": a relative who comes home bruised
    rf"\b{_KIN}(?: gora| gorau| gore)?(?: fi| i)(?:'n| yn| di| wedi)\b.{{0,80}}\b(?:cleisi\w*|gleisi\w*|clais|glais|llygad du|cael ei (?:frifo|daro|guro|bwrw|fwrw))|"
    # "rydw i'n byw drws nesaf i gwpl ifanc", "y ddynes drws nesa", "cymdogion fi": a neighbour
    r"\b(?:byw|fyw) drws nesa(?:f)? i\b|\b(?:y |'r )?(?:ddynes|dynes|fenyw|ferch|cwpl|gwpl|teulu|boi|dyn|ddyn|hogan|cymdogion|cymydog|cymdoges) drws nesa(?:f)?\b|\bcymdogion (?:fi|i)\b|"
    rf"\b(?:fy |'y )?{_KIN}(?: fi| i)?(?: \(?\d{{1,2}}\)?)?(?:'n| yn| wedi| di| newydd) (?:\S+ ){{0,8}}?(?:ei (?:gwr|wr|gwraig|wraig|chariad|cariad|gariad|phartner|bartner|partner)|\S*'i (?:gwr|wr|wraig|chariad|gariad|phartner|bartner|boyfriend|girlfriend|bf|gf)|efo boi|gyda boi|gan ei|"
    r"gan (?:y |'r )?(?:wraig|wr|gwr|gwraig|gariad|chariad|bartner|phartner|partner|boyfriend|girlfriend)|(?:cael|cal|ca'l|gael|gal) (?:ei|eu) (?:gam-drin|gamdrin|cham-drin|daro|churo|guro|frifo|bwlio|reoli|bygwth|fygwth))\b"
)


# "gwraig fy mrawd" (my brother's wife), "cariad fy ffrind gorau": the partner of someone they know.
_PARTNER_OF_KIN = re.compile(rf"\b(?:gwr|wr|ngwr|gwraig|wraig|cariad|gariad|chariad|partner|bartner|phartner|sboner|boi) (?:newydd )?(?:(?:fy |'y )(?P<kin>{_KIN})\b|(?P<kin2>{_KIN}) fi\b)")  # "cariad mab fi"
_KIN_MAN = frozenset({"crwt", "grwt", "mrawd", "brawd", "frawd", "nhad", "tad", "dad", "mab", "fab", "nhaid", "taid", "nhad-cu", "tadcu", "nghefnder", "cefnder", "ewythr", "cymydog"})
_KIN_WOMAN = frozenset({"croten", "groten", "chwaer", "mam", "fam", "merch", "ferch", "nain", "mam-gu", "mamgu", "cyfnither", "modryb", "cymdoges"})
_THE_KIN = re.compile(rf"\b(?:fy |'y )(?P<kin>{_KIN})\b|\b(?P<kin2>{_KIN}) (?:fi|i)\b")
# Gay, lesbian, bi, trans (and "ei gariad o (dyn arall)": a man whose partner is a man).
_LGBT = re.compile(r"\b(?:hoyw|lesbiad|lesbian|deurywiol|trawsryweddol|traws|cwiar|lhdt\w*|ei gariad o \W*(?:yn )?ddyn|boi arall|dau (?:ddyn|foi|hogyn|fachgen)|dwy (?:ddynes|ferch|hogan|fenyw)|ei gariad o \W*dyn arall|ei chariad hi \W*(?:yn )?ddynes|ei gwraig hi \W*(?:yn )?ddynes)\b")


def about_someone_else(text: Optional[str]) -> bool:
    folded = fold(text)
    return bool(_SOMEONE_ELSE.search(folded) or _PARTNER_OF_KIN.search(folded))


# "dwi'n poeni am mam... mae fy mrawd yn cymryd ei phres hi": the one worried about is at risk.
_WORRIED_ABOUT_KIN = re.compile(rf"\b(?:poeni|pryderu|becso|gofidio) (?:am|amdan) (?:fy |'y |y )?(?P<kin>{_KIN})\b")
# "mae hi'n 80", "mae mam yn 78 oed": the age of the one at risk.
_THEIR_AGE = re.compile(r"\b(?:mae|ma) (?:hi|o|fo|e|fe|mam|nain|nhad|taid|mam-gu|tad-cu)(?:'n| yn) (?P<age>\d{2})(?: oed| mlwydd oed)?\b|\bhen (?:wraig|ddynes|ddyn|foi|wr)(?: drws nesa| drws nesaf)? \((?P<age2>\d{2})\)")


def their_age(text: Optional[str]) -> Optional[int]:
    found = _THEIR_AGE.search(fold(text))
    return int(found.group("age") or found.group("age2")) if found else None


_FRIEND_IS_A_MAN = re.compile(r"\b(?:ffrind|ffrind gora|ffrind gorau|mets|met)(?: fi| i)? (?:yn|'n) (?:ddyn|hogyn|fachgen|foi)\b")


def someone_else_gender(text: Optional[str]) -> Optional[str]:
    """The gender of the relative or friend at risk, where the Welsh word for them says it."""
    folded = fold(text)
    if _FRIEND_IS_A_MAN.search(folded):
        return "man"  # "mae fy ffrind yn ddyn a mae ei bartner yn ei daro"
    found = _WORRIED_ABOUT_KIN.search(folded) or _PARTNER_OF_KIN.search(folded) or _THE_KIN.search(folded)
    kin = found and (found.groupdict().get("kin") or found.groupdict().get("kin2"))
    return "man" if kin in _KIN_MAN else "woman" if kin in _KIN_WOMAN else None


# "hogyn dw i btw, 24. a fo ydi nghariad i": a man whose partner is "he"
_HE_IS_MY_PARTNER = re.compile(r"\b(?:fo|o|e|fe) (?:ydi|ydy|yw|di|ydio) (?:fy |y )?(?:nghariad|mhartner|ngwr|ngŵr|mhartnar|cariad fi|partner fi)\b|\b(?:nghariad|cariad fi|mhartner|partner fi)(?: i)? (?:fo|o|e|fe)\b")


def is_lgbt(text: Optional[str]) -> bool:
    folded = fold(text)
    return bool(_LGBT.search(folded)) or bool(_HE_IS_MY_PARTNER.search(folded)) and is_man(text)


# Deaf, hard of hearing, or unable to use a voice call: text and BSL routes first.
_TEXT_ONLY = re.compile(r"\b(?:(?:sa i|sai|dwi ddim|dw i ddim|fi ddim)(?:'n| yn)? gallu ffonio\b.*\b(?:decstio|tecstio|text|sgwrs|ebost|e-bost)|(?:tecstio|decstio|text) 999|(?:dim|ddim) (?:rili |really |wir )?(?:isio|eisiau|moyn|ishe) (?:siarad|ffonio)(?: (?:efo|gyda|hefo) neb)? ar y (?:ffon|ffôn)|(?:dim|ddim) (?:rili |really |wir )?(?:isio|eisiau|moyn|ishe) (?:ffonio|siarad (?:efo|gyda|hefo)) (?:neb|unrhyw un)|methu (?:siarad ar y ffon|ffonio)|(?:sa i|sai|sain|fi ddim|dwi ddim|dw i ddim)(?:'n| yn)? (?:moyn|isio|eisiau|ishe) (?:ffonio|ffono|ffonio neb|siarad ar y ffon)(?: neb| unrhyw un)?\b|anodd (?:i fi |i mi |imi )?(?:glywed|clywed)(?: ar y ffon)?|(?:sa i|sai|sain|dwi ddim|dw i ddim|dwim|fi ddim)(?:'n| yn)? gallu siarad ar y ffon\b(?!.*\b(?:rhag ofn|achos (?:bod )?(?:e|o|fo|fe|hi) ?(?:'n|yn)? ?(?:yma|yna|gartre|adre|adra|tu fas|tu allan)))|byddar|fyddar|trwm (?:fy |fy n|ei )?(?:nghlyw|clyw|glyw)|colli (?:fy )?nghlyw|iaith arwyddion|methu clywed ar y ffon)\b")


def text_only(text: Optional[str]) -> bool:
    return bool(_TEXT_ONLY.search(fold(text)))


def own_age(text: Optional[str]) -> Optional[int]:
    found = _AGE.search(fold(text))
    return int(found.group("age")) if found else None


def is_man(text: Optional[str]) -> bool:
    return bool(_MAN.search(fold(text)))


def fold(text: Optional[str]) -> str:
    """`harbour.nlu.language.fold` (lower case, no accents, straight apostrophes), single spaces."""
    return " ".join(language.fold(text or "").split())


def victim_is_self(text: Optional[str]) -> bool:
    folded = fold(text)
    found = _VICTIM.search(folded)
    if found and _SOMEONE_ELSE.search(folded) and not re.search(r"\b(?:fi|i|fy|mi|'y|arna i|ata i)\b", found.group(0)):
        return False  # "brawd fi'n... bod ei wraig o'n ei gam-drin o, mae hi'n rheoli bob dim": his, not theirs
    return True if found else False


def perpetrator(text: Optional[str]) -> bool:
    # "nes i wthio'r wraig": the article spaced off its verb, as the patterns write it
    plain = re.sub(r"(\w)'r\b", r"\1 'r", fold(text))
    if _EVIDENCE.search(plain):  # "dwi di cadw nhw i gyd, screenshots": keeping evidence, not keeping someone
        plain = re.sub(r"\b(?:cadw|gadw|chadw)\b", " ", plain)
    if re.search(r"\b(?:tabledi|dabledi|pils|tablets|paracetamol)\b", plain):  # "...focs o dabledi... meddwl cymryd nhw i gyd": their own tablets
        plain = re.sub(r"\b(?:cymryd|gymryd|nghymryd|llyncu|lyncu)\b", " ", plain)
    return bool(_PERPETRATOR.search(plain))


_EVIDENCE = re.compile(r"\b(?:screenshot\w*|sgrinlun\w*|negeseuon|neges|tecsts?|texts?|messages?|tystiolaeth|dystiolaeth|lluniau|llunia|evidence|dyddiadur)\b")


def forms_in(text: Optional[str]) -> List[str]:
    """The forms of abuse a Welsh description shows (unordered; the caller orders them)."""
    plain = _NEGATED.sub(" ", fold(text))
    return [form for form, pattern in _FORM_PATTERNS if pattern.search(plain)]

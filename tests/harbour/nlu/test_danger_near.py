"""The safety net on the abuser beside me or arriving, a threat to burn the home with me in it,
punishment promised for tonight (danger_near_patterns) and an overdose already taken (self-harm).

Each family: realistic messages it must catch, and calm messages close to it that must stay calm.
"""
import pytest

from harbour.nlu.danger import DANGER, SELF_HARM, classify, explain


BESIDE_POS = [
        'hes sat right next to me',
        "he's sitting right beside me on the couch",
        'my boyfriend is stood right behind me',
        "she's lying next to me pretending to sleep",
        'hes asleep next to me i cant move',
        'my husband is sat beside me so i cant say much',
        "he's in bed next to me",
        'hes on the settee next to me watching telly',
        'my ex is stood over me',
        'hes reading over my shoulder',
        'he is sat across from me watching me',
        'hes watching my screen',
]

BESIDE_NEG = [
        'my mate sat next to me at the pub',
        'he sat next to me on the bus last year and i didnt think anything of it',
        'my sister is sitting next to me helping me write this',
        'my mum is sat beside me for support',
        'the dog is lying next to me',
        'a woman sat behind me on the train',
        'i sat next to him at the wedding',
        'the support worker sat beside me at the meeting',
        'my family stood behind me through the court case',
        'my friend is sat next to me holding my hand',
    'my daughter is asleep next to me so im typing quietly',
]

ARRIVE_POS = [
        'hes just pulled up outside',
        'he has just parked up across the road',
        'my ex just pulled onto the drive',
        'his van just pulled in',
        'hes pulling up outside right now',
        "she's just got here",
        "he's just got back and he's drunk",
        'my husband just walked in',
        'i can hear his car outside',
        'i can hear his keys in the door',
        'can see him getting out of his car',
        'hes on the doorstep',
        'my ex is at the front gate',
        'my partners car has just pulled up right outside',
]

ARRIVE_NEG = [
        'he pulled up the weeds',
        'the taxi just pulled up outside',
        "my friend just got here so i'll log off",
        'pull up a chair and tell me about it',
        'the bus just pulled in',
        'i just parked outside the refuge',
        'he pulled up his socks and went to work',
        'he pulled up outside my house last week and sat there',
        'my ex pulled up weeds and planted roses when we lived together',
        'he got here in 2019 from poland',
        'i can hear his voice in my head',
        'i just saw him walking the dog',
]

BURN_POS = [
        "he'll torch the house wiv me in it",
        'he said hed torch the place with us inside',
        'hes going to burn the house down with me and the kids in it',
        'my ex says hell set fire to my flat while im asleep',
        "he's threatening to petrol bomb the house",
        'she will burn us alive',
        "he swore he'd set me alight",
        'he said he will torch it wif me in',
        'he wants to burn down our home tonight with us inside',
]

BURN_NEG = [
        'we torched the marshmallows',
        'i burnt the toast this morning',
        'my mum will burn the house down if she keeps leaving the chip pan on',
        'he wants to burn the house down in minecraft',
        'i have a torch with me in case the power goes',
        'he burnt my letters',
        'we had a bonfire in the garden with the kids',
        'i feel like im burning out at work',
        'the house down the road burnt down last year',
        "he's threatened to burn the house down with me in it if i leave",
]

PUNISH_POS = [
        'im gonna get whats coming to me tonight',
        "i know im going to get what's coming to me when he gets in",
        'im in for it',
        "i'm so in for it when he gets back",
        'ill get a hiding tonight',
        'im going to get battered when he gets home',
        "he'll sort me out when he gets in",
        "he says he'll deal with me later",
        "he says he's going to teach me a lesson",
        'hes going to make me pay tonight',
        'he texted wait till i get home',
        "once he's home i'm for it",
        "i'll pay for this when he gets back",
]

PUNISH_NEG = [
        "he'll get what's coming to him one day",
        "i want to get what's coming to me from the house sale",
        "i'll get it later",
        'my mum will sort me out with a lift when she gets back',
        "he'll make me pay half the rent",
        "i'm all for it",
        "i'll pay for it later with my card",
        'she said to wait till she gets home to open the presents',
        'he used to say id get whats coming to me',
        'ill get battered fish and chips tonight',
        'the teacher will deal with me tomorrow',
]

OD_POS = [
        'ive took a full packet of paracetamol',
        "i've taken a whole box of co-codamol",
        'just swallowed a strip of tramadol',
        'i necked all my pills',
        'i had a full box of sleeping tablets',
        "i've downed a load of tablets",
        'i took 30 paracetamol an hour ago',
        'im after taking a packet of my mams tablets',
        'ive taken the whole packet',
        'swallowed the lot',
        'i took way too many',
        "i've taken all of them",
        'necked a bottle of wine and a box of paras',
]

OD_NEG = [
        'i took a paracetamol for my headache',
        "i've had a full packet of crisps",
        "i've taken my tablets today",
        'i bought a packet of paracetamol for the kids',
        'i swallowed a load of water at the pool',
        "i've taken a full course of antibiotics",
        'he downed a bottle of wine and started shouting',
        'i took loads of photos of the bruises',
        'i took all my tablets with breakfast like the doctor said',
        'i had a box of chocolates',
]


@pytest.mark.parametrize("text", BESIDE_POS + ARRIVE_POS + BURN_POS + PUNISH_POS)
def test_the_abuser_close_by_or_a_threat_for_tonight_is_danger(text):
    assert classify(text) == DANGER


@pytest.mark.parametrize("text", OD_POS)
def test_an_overdose_already_taken_is_self_harm(text):
    assert classify(text) == SELF_HARM


@pytest.mark.parametrize(
    "text", BESIDE_NEG + ARRIVE_NEG + BURN_NEG + PUNISH_NEG + OD_NEG
)
def test_calm_messages_close_to_these_families_stay_calm(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text, family",
    [
        ("hes sat right next to me", "abuser_beside_me"),
        ("hes just pulled up outside", "arriving"),
        ("he'll torch the house wiv me in it", "burn_with_me_inside"),
        ("im gonna get whats coming to me tonight", "punishment_coming"),
        ("ive took a full packet of paracetamol", "overdose_taken"),
    ],
)
def test_the_messages_that_were_missed_are_caught_by_their_family(text, family):
    assert explain(text).family == family


def test_each_family_has_at_least_eight_messages_each_way():
    for caught, calm in [
        (BESIDE_POS, BESIDE_NEG), (ARRIVE_POS, ARRIVE_NEG), (BURN_POS, BURN_NEG),
        (PUNISH_POS, PUNISH_NEG), (OD_POS, OD_NEG),
    ]:
        assert len(caught) >= 8 and len(calm) >= 8

#!/usr/bin/env python3
"""Builds the synthetic speech-rate set: espeak-ng at several speaking rates, telephone channel.

For every sentence in SENTENCES and every rate in RATES_WPM (espeak-ng -s, words per
minute), one call
    espeak-ng -v VOICE -s RATE --ipa --sep=_ -w raw/rRATE_sNN.wav "TEXT"
writes the audio (22.05 kHz) and prints the IPA phonemes of exactly what it speaks,
one phoneme per `_`-separated token. The voice cycles through VOICES by sentence, so
every rate has the same sentences in the same voices.

True syllable count = number of phoneme tokens that are syllable nuclei: a token is a
nucleus when it contains an IPA vowel letter (VOWELS: monophthongs, diphthongs such as
`aɪ`, r-coloured `ɚ`/`ʊɹ`, and espeak's syllabic-l token `əl` are single tokens) or
the syllabic mark U+0329 (e.g. `n̩` in "button"). Stress marks and `;`-style empty
tokens (espeak's syllable breaks) are not nuclei. Checked by hand, e.g.
  "I'm sorry about the delay with your refund."  aɪ ɑː i ɐ aʊ ə ᵻ eɪ ɪ ʊɹ iː ʌ = 12
  "The little bottle of button batteries was being created." = 17
  (lit-tle, bot-tle: `əl`; but-ton: `n̩`; be-ing: `iː`,`ɪ`; cre-at-ed: `iː`,`eɪ`,`ᵻ`).

Speech span = first to last sample of the raw espeak audio whose magnitude reaches
SPAN_THRESHOLD_DB relative to the file's peak (-40 dB): the analogue of EmoDB's
syllable_span_s (first syllable onset to last syllable end, pauses inside included).
syllables_per_s = n_syllables / syllable_span_s, as in EmoDB's labels.csv.

Then the telephone channel of Tools/telephone_channel.py (300-3400 Hz Butterworth
order 5 zero phase, 8 kHz, mu-law) gives telephone/rRATE_sNN.wav. Truth goes to
truth.csv next to them. Everything lives in <cache>/tts-<hash of the protocol>/.
Deterministic: rerunning with the same espeak-ng gives the same files and skips
existing ones.

A second sentence list, DEV_SENTENCES (--sentences dev), makes a development set the same
way in its own folder: for finding and choosing rules without looking at either half of the
evaluation set. A third, TEST_SENTENCES (--sentences test, 60 sentences written after the last
tuning round), is all held out: a larger measurement of the same condition, never tuned on.

Usage (from the repository root):
  python3 Tools/make_tts_rate_set.py [--cache .build-eval/rate] [--sentences eval|dev|test] [--check]
--check prints each sentence's phonemes and syllable count at the middle rate.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import telephone_channel as tc  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CACHE = REPO / ".build-eval" / "rate"

RATES_WPM = [120, 170, 230]
VOICES = ["en-us", "en-gb", "en-us+f3"]
SPAN_THRESHOLD_DB = -40.0

# Everyday customer-service language: greetings, apologies, questions, instructions,
# short and long, with and without commas (which make espeak pause).
SENTENCES = [
    "Thank you for calling, my name is Sarah, how can I help you today?",
    "I'm sorry about the delay with your refund.",
    "Could you please confirm the billing address on the account?",
    "Your order was shipped yesterday and should arrive on Thursday.",
    "I understand how frustrating this must be for you.",
    "Let me transfer you to our technical support team.",
    "Can I put you on hold for just a moment while I check?",
    "The charge you are seeing is a temporary authorisation, not a payment.",
    "We have escalated your complaint to a supervisor.",
    "Is there anything else I can help you with?",
    "Unfortunately, that item is currently out of stock.",
    "Please restart the router and wait about two minutes.",
    "I have been waiting on the phone for over an hour.",
    "This is the third time I have called about the same problem.",
    "Your subscription will renew automatically at the end of the month.",
    "I would like to cancel my contract, please.",
    "The technician will visit between eight and twelve on Monday morning.",
    "For security reasons, I need to verify your date of birth.",
    "You should receive a confirmation email within twenty four hours.",
    "Nobody told me there would be an extra fee.",
    "We apologise for the inconvenience and appreciate your patience.",
    "Could you spell your surname for me, letter by letter?",
    "I can offer you a discount on your next bill as a goodwill gesture.",
    "Thanks, that was really helpful, have a lovely evening.",
]

# A development set (written after speech-rate round 7, 2026-11-23): the same kind of language, other
# sentences, for finding and choosing rules without touching either half of the set above. Never the
# reported accuracy figure; `eval_rate.py --conditions tts_dev_telephone` runs it.
DEV_SENTENCES = [
    "Good morning, you are through to the customer care team.",
    "My parcel never arrived and the tracking page says delivered.",
    "Can you tell me why my bill has gone up this month?",
    "I was promised a callback yesterday, but nobody phoned me.",
    "Let me just pull up your details on the system.",
    "The engineer cancelled the appointment without telling me.",
    "Would you like me to send the replacement by express delivery?",
    "Your account number is printed at the top of every statement.",
    "I have already explained this problem to three different people.",
    "There seems to be a fault on the line in your area.",
    "Please hold while I connect you to the billing department.",
    "I really appreciate you sorting this out so quickly.",
    "Honestly, I am starting to lose my patience with this company.",
    "We can refund the difference within five working days.",
    "Could you read me the serial number on the back of the device?",
    "The store manager said the warranty would cover the repair.",
    "Is it possible to change the delivery address after ordering?",
    "I am afraid that offer ended on the last day of September.",
    "Nothing has changed since the last time I rang you.",
    "Our opening hours are nine until six, Monday to Saturday.",
    "So the money has left my account, but the order was cancelled?",
    "I will make a note on your file so the next advisor can see it.",
    "It keeps disconnecting every evening around seven o'clock.",
    "Do you have a reference number for your previous call?",
    "The broadband speed is nowhere near what you advertised.",
    "Alright, thank you, I will try that and call back if it fails.",
    "We value your feedback and will pass it on to the relevant team.",
    "My elderly mother has been without heating for two days.",
    "The new tariff should appear on your next invoice.",
    "Why do I have to repeat my security details every single time?",
    "Give me one second, the page is still loading.",
    "I'd like to speak to someone who can actually make a decision.",
    "Everything looks fine on our side, could you check the cables?",
    "You were charged twice because the first payment was declined.",
    "That's great news, I was worried it would take weeks.",
    "If the problem continues, we will send a technician out.",
]

# A test set (written in session 60, 2026-11-25, after every speech-rate round, before it was first run): the
# same kind of language, sixty new sentences. Every file is held out: nothing was ever tuned on it, and no
# rule is to be chosen on it. The evaluation set's held-out half has 12 sentences (36 files), too few to tell
# a MAPE ratio of 0.86 from 0.7 (Tools/rate_uncertainty.py); this set measures the same condition on 180.
# `eval_rate.py` runs it as tts_test_telephone, reported beside the evaluation set's rows, never instead.
TEST_SENTENCES = [
    "Hello, thanks for holding, I'm Daniel from the accounts team.",
    "I moved house last month and my post is still going to the old address.",
    "Can you confirm the last four digits of the card you paid with?",
    "The refund has been approved and will reach your bank in three to five days.",
    "I've been charged for a service I cancelled back in March.",
    "Which email address would you like the receipt sent to?",
    "Sorry, the line is really bad, could you say that again?",
    "Our records show the package was left with a neighbour at number twelve.",
    "I need to report a lost card as soon as possible.",
    "Would a morning or an afternoon appointment suit you better?",
    "That's not what the person I spoke to last week told me.",
    "The update should install itself overnight, so there's nothing you need to do.",
    "How long will it take for the new phone to be delivered?",
    "I'm going to put a note on the account and call you back tomorrow.",
    "Your payment didn't go through because the card has expired.",
    "Please don't hang up, I'll be with you in just a second.",
    "I ordered a blue jacket and received a green one instead.",
    "We can waive the late payment charge this time as a one-off.",
    "Could you check whether the outage in my street has been fixed?",
    "The contract has a minimum term of eighteen months.",
    "Excuse me, I think you've given me the wrong reference number.",
    "You'll get a text message with a link to track the driver.",
    "My internet drops out every time it rains.",
    "I can see two accounts under your name, which one is this about?",
    "Right, so I just need to fill in the form and post it back?",
    "There's a small fee if you want to upgrade before the end of your term.",
    "I've tried switching it off and on again, and it still won't work.",
    "We'll send a courier to collect the faulty item free of charge.",
    "Is there a cheaper plan that still includes international calls?",
    "The booking is confirmed for two adults on the fourteenth of June.",
    "I'm really not happy with how this has been handled.",
    "May I ask what the reason is for closing the account?",
    "The warranty covers parts and labour for the first two years.",
    "I haven't had a working washing machine for almost three weeks.",
    "Let me read back the address to make sure I have it right.",
    "Can you explain what this charge of forty pounds is for?",
    "Your new password must contain at least one number and one symbol.",
    "Fine, but I want this in writing before I agree to anything.",
    "I've just sent a verification code to the mobile number on file.",
    "The train was cancelled, so I'd like my money back for the ticket.",
    "Our team is working on it and we'll update you by the end of the day.",
    "Could I speak to a manager, please?",
    "The discount only applies to orders placed through the website.",
    "It says my order is being processed, but it's been ten days.",
    "I'm calling on behalf of my father, who is in hospital.",
    "Is it alright if I record this call for training purposes?",
    "You've been really patient, and I appreciate that.",
    "The meter reading you gave us seems much higher than usual.",
    "I'd like to add my partner as a second user on the account.",
    "Unfortunately we can't offer a refund after thirty days.",
    "What time does the shop open on Sunday?",
    "The heating engineer turned up two hours late and left without fixing it.",
    "We'll need a photo of the damage before we can process the claim.",
    "Okay, that makes sense now, thank you for explaining.",
    "I keep getting calls from your company even though I opted out.",
    "Can you hear me all right, or shall I call back on a landline?",
    "Your loyalty points will be added within forty eight hours.",
    "I was told the upgrade was free, and now I'm paying more.",
    "Just to confirm, you want the order cancelled and the money refunded?",
    "Thank you for your time, and sorry again for all the trouble.",
]

# IPA letters that make a token a vowel nucleus (espeak-ng's English phoneme set and more).
VOWELS = set("aeiouyæɐɑɒɔəɘɚɛɜɝɞɤɨɪɯɵøœɶʉʊʌʏᵻ")
SYLLABIC_MARK = "\u0329"

SENTENCE_SETS = {"eval": SENTENCES, "dev": DEV_SENTENCES, "test": TEST_SENTENCES}


def protocol(sentence_set: str) -> dict:
    """Everything that decides a set's files (its hash names the set's folder)."""
    return {
        "version": 1,
        "rates_wpm": RATES_WPM,
        "voices": VOICES,
        "sentences": SENTENCE_SETS[sentence_set],
        "espeak_command": "espeak-ng -v VOICE -s RATE --ipa --sep=_ -w FILE TEXT",
        "syllables": "phoneme tokens containing an IPA vowel letter or U+0329",
        "span_threshold_db": SPAN_THRESHOLD_DB,
        "telephone": tc.TELEPHONE,
    }


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def set_dir(cache: Path, sentence_set: str) -> Path:
    """The set's folder, named after a hash of the protocol (a change never mixes files)."""
    digest = hashlib.sha256(json.dumps(protocol(sentence_set), sort_keys=True).encode()).hexdigest()[:10]
    return cache / f"tts-{digest}"


def espeak_version() -> str:
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    return out.stdout.strip()


def synthesise(text: str, voice: str, rate: int, wav: Path) -> str:
    """Writes the audio and returns espeak-ng's `_`-separated IPA for the same call."""
    wav.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["espeak-ng", "-v", voice, "-s", str(rate), "--ipa", "--sep=_", "-w", str(wav), text]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return " ".join(proc.stdout.split())


def count_syllables(ipa: str) -> int:
    """Number of phoneme tokens that are syllable nuclei (see the module docstring)."""
    tokens = [t for word in ipa.split() for t in word.split("_")]
    return sum(1 for t in tokens if SYLLABIC_MARK in t or any(ch in VOWELS for ch in t))


def speech_span(x: np.ndarray, rate: int) -> tuple[float, float]:
    """First and last sample (s) at or above SPAN_THRESHOLD_DB relative to the peak."""
    a = np.abs(x)
    loud = np.nonzero(a >= a.max() * 10.0 ** (SPAN_THRESHOLD_DB / 20.0))[0]
    return loud[0] / rate, (loud[-1] + 1) / rate


def build(cache: Path, sentence_set: str = "eval") -> Path:
    """Makes the missing files and truth.csv of one sentence set; returns the truth.csv path."""
    root = set_dir(cache, sentence_set)
    sentences = SENTENCE_SETS[sentence_set]
    truth_path = root / "truth.csv"
    if truth_path.exists():
        return truth_path
    root.mkdir(parents=True, exist_ok=True)
    (root / "protocol.json").write_text(json.dumps({**protocol(sentence_set), "espeak_ng": espeak_version()},
                                                   indent=1, ensure_ascii=False) + "\n")
    rows = []
    for rate in RATES_WPM:
        log(f"[tts] espeak-ng at {rate} wpm: {len(sentences)} {sentence_set} sentences")
        for i, text in enumerate(sentences, start=1):
            name = f"r{rate}_s{i:02d}"
            voice = VOICES[(i - 1) % len(VOICES)]
            raw = root / "raw" / f"{name}.wav"
            ipa = synthesise(text, voice, rate, raw)
            x, sr = tc.read_wav(raw)
            start, end = speech_span(x, sr)
            n = count_syllables(ipa)
            tc.write_wav(root / "telephone" / f"{name}.wav", tc.telephone_channel(x, sr), tc.TELEPHONE["rate"])
            rows.append({"file": f"{name}.wav", "rate_wpm": rate, "sentence": i, "voice": voice,
                         "n_syllables": n, "duration_s": round(len(x) / sr, 4),
                         "speech_start_s": round(start, 4), "speech_end_s": round(end, 4),
                         "syllable_span_s": round(end - start, 4),
                         "syllables_per_s": round(n / (end - start), 4), "text": text, "ipa": ipa})
    tmp = truth_path.with_suffix(".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(truth_path)
    log(f"[tts] {len(rows)} files and truth in {root}")
    return truth_path


def check(sentence_set: str) -> None:
    """Prints phonemes and counts for hand-checking (middle rate, no files kept)."""
    rate = RATES_WPM[len(RATES_WPM) // 2]
    for i, text in enumerate(SENTENCE_SETS[sentence_set], start=1):
        cmd = ["espeak-ng", "-v", VOICES[(i - 1) % len(VOICES)], "-s", str(rate), "-q", "--ipa", "--sep=_", text]
        ipa = " ".join(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split())
        print(f"{count_syllables(ipa):3d}  {text}\n     {ipa}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="cache root (git-ignored)")
    p.add_argument("--sentences", choices=list(SENTENCE_SETS), default="eval",
                   help="eval: the evaluation set (tuning and held-out halves); dev: the development set (tuning only); "
                        "test: the test set (held out only)")
    p.add_argument("--check", action="store_true", help="print phonemes and syllable counts, make nothing")
    args = p.parse_args(argv)
    if args.check:
        check(args.sentences)
    else:
        print(build(args.cache.resolve(), args.sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the scenario calls for the early-warning evaluation (Tools/eval_warnings.py).

Each call is a stereo telephone recording -- left = customer, right = agent -- with a scripted
transcript (JSON Lines) and a ground-truth file. Everything is seeded: the same --seed and options
give the same calls, byte for byte. The audio is derived from ../shared/data/emodb and goes to the
git-ignored cache only (--cache, default .build-eval/fusion; calls in <cache>/scenarios/).

Customer (left): EmoDB utterances of ONE speaker (German speech; what matters is the voice).
  1. Baseline: neutral (N) utterances first, until >= --baseline-s (18) seconds of customer speech,
     in customer turns of 1-2 utterances (the first line is an opener: "Hi, I'm calling about my
     last bill."; the rest neutral account/order details). Utterances are drawn without replacement from the
     speaker's pool, refilled (reshuffled) when it runs out: speakers 10 and 12 have only 4 N
     utterances (8-10 s), so their N recordings repeat within a call.
  2. Then, by kind (onset = start of the first emotional customer utterance):
     calm        3-5 turns of N or boredom (L) utterances, neutral or polite words. No onset;
                 not dissatisfied. Any yellow/red on such a call is a false alarm.
     calm_addressed  a check set, not in the default set (--kinds calm_addressed, into its own
                 --cache): as calm, but every line after the baseline talks to the agent (ADDRESSED_TEXT:
                 questions, requests, "Sorry, I didn't catch your name.", "I haven't received the
                 letter yet"). Any yellow/red is a false alarm.
     overt_asked  a check set, likewise: as overt, but every complaint is a yes/no question
                 (ASKED_COMPLAINT_TEXT: "Did you just hang up on me?", "Are you going to refund me
                 or not?"). Dissatisfied.
     overt       3-4 turns of anger (W), negative words (explicit and implicit complaints).
     hidden      3-4 turns of W or fear (A), polite/neutral words ("fine, thanks", "okay, no
                 problem"). The call's emotion is A for about 40 % of calls of a speaker with >= 4
                 A utterances (speaker 09 has one, so W only), else W.
     escalating  hidden turns (W or A + polite words) from the onset until at least --escalation-gap
                 (uniform 20-30 s) after it, then 2 turns of W with an explicit complaint ("this is
                 the third time I'm calling, I want to cancel"). overt_s = start of the first
                 complaint utterance (>= onset + 20 s).
     recovering  2-3 turns of W with negative words (onset), then 3-4 turns of N with positive
                 words ("great, thank you so much, that solves it"); recovery_s = start of the first
                 positive utterance. Dissatisfied (the warning should come) and should clear.
     The transcript is the scripted English meaning of each customer utterance: one segment per
     EmoDB utterance, its start/end = the utterance's, its text drawn (seeded, without repeats
     within a call) from the kind's sentence pool below.
Agent (right): espeak-ng, English (en-us or en-gb per call), 160 words/min, pitch 45: one line per
  agent turn between customer turns (greeting first, closing last; after the onset of a
  dissatisfied call 40 % of lines are apologies, never on calm calls), scaled to the median
  active RMS of EmoDB's neutral speech; each line is one transcript segment, speaker "agent".
Timing: turns alternate, gap between turns uniform 0.4-1.2 s, between utterances inside a customer
  turn 0.25-0.6 s; the call starts with 0.5-1.5 s of silence and ends 1 s after the last line.
Channel: each side gets a -60 dBFS white-noise floor (seeded), then Tools/telephone_channel.py
  (Butterworth order-5 zero-phase 300-3400 Hz band-pass, 8 kHz, mu-law round trip); stored as
  stereo 16-bit PCM WAV at 8 kHz, the decoded signal (--encoding mulaw: stored as G.711 mu-law
  via sox instead, a second, near-lossless quantisation).
Set: --per-cell calls for every (speaker, kind): default 5 x 10 speakers x 5 kinds = 250 calls.
Per call, in <cache>/scenarios/calls/: ID.wav, ID.transcript.jsonl, ID.truth.json; and
<cache>/scenarios/manifest.json (options, protocol, list of calls). Truth fields: id, kind,
speaker, gender, dissatisfied (bool), onset_s (null for calm), overt_s (escalating), recovery_s
(recovering), hidden_emotion, baseline_speech_s, duration_s, segments (customer utterances with
EmoDB file and emotion code, and agent lines).

Usage (from the repository root):
  python3 Tools/make_scenarios.py                       # 250 calls, seed 1
  python3 Tools/make_scenarios.py --seed 7 --per-cell 2 --kinds hidden,calm
  python3 Tools/make_scenarios.py --kinds calm_addressed --cache .build-eval/fusion-addressed
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fusion_common as fc  # noqa: E402
import telephone_channel as tc  # noqa: E402

KINDS = ["calm", "overt", "hidden", "escalating", "recovering"]
# Check sets, never in the default set (its calls, hashes and figures stay as they are): build them into
# their own --cache with --kinds.
EXTRA_KINDS = ["calm_addressed", "overt_asked"]
DISSATISFIED = {"calm": False, "overt": True, "hidden": True, "escalating": True, "recovering": True,
                "calm_addressed": False, "overt_asked": True}
RATE = 16000  # the customer/agent tracks are mixed at EmoDB's rate, then go through the channel

TEXT = {
    "opener": [
        "Hi, I'm calling about my last bill.",
        "Hello, I have a question about my order.",
        "Hi there, it's about my internet connection.",
        "Good morning, I need some help with my account.",
        "Hello, I'm ringing about a delivery.",
    ],
    "baseline": [
        "My account number is four five two, seven seven one.",
        "I moved to a new address in March.",
        "The router was installed two weeks ago.",
        "I'd like to check the status of my order.",
        "It's the internet contract, the one with the TV package.",
        "I got a letter about a price change.",
        "The reference on the email is A B nine three.",
        "I've had this plan for about two years.",
        "It started on Monday morning.",
        "My name is on the account, it's a joint account with my partner.",
        "The order was placed on the twelfth.",
        "I have the invoice in front of me.",
        "The date of birth is the third of May.",
        "It's about the mobile plan, not the landline.",
        "The postcode is the same as before.",
        "I'm calling from my work phone.",
        "The delivery was supposed to come this week.",
        "The light on the box is blinking orange.",
        "I changed the payment card last month.",
        "It says the parcel is at the depot.",
        "I was told to call this number.",
        "The amount on the bill is sixty two euros.",
        "We have two phones on the same plan.",
    ],
    "calm": [
        "Okay, that makes sense.",
        "Yes, that's the right address.",
        "Alright, I can do that.",
        "Sure, go ahead.",
        "Thanks, that's helpful.",
        "No, nothing else has changed.",
        "I see, so it should arrive on Friday.",
        "Yes, I can hold for a moment.",
        "That sounds good to me.",
        "Okay, I'll restart it tonight then.",
        "Right, and will I get an email about it?",
        "Yes, please send it to the same address.",
        "Perfect, thank you.",
        "No, that's all for today.",
        "Okay, I've written it down.",
        "Yes, the card ends in four one.",
        "That's fine, the afternoon works.",
        "Great, thanks for checking.",
    ],
    "polite": [
        "Fine, thanks.",
        "Okay, no problem.",
        "Sure, that's fine.",
        "Alright, if that's how it works.",
        "Yes, I understand.",
        "Okay, I'll wait then.",
        "That's okay, go ahead.",
        "Sure, whatever you need.",
        "No, it's fine, really.",
        "Right, okay, thank you.",
        "Yes, I've already done that.",
        "Okay, so I just wait again.",
        "Sure, I can send it one more time.",
        "Alright, I'll hold.",
        "Yes, that's what I said before.",
        "Okay, thanks for explaining.",
        "Fine, let's do that.",
        "No worries, take your time.",
    ],
    "negative": [
        "This is absolutely ridiculous.",
        "I'm really angry about this.",
        "Your service is terrible.",
        "I've been charged twice and nobody fixed it.",
        "This is unacceptable, I want it sorted today.",
        "I'm sick of being passed around.",
        "That's not good enough.",
        "You people never listen.",
        "I've wasted hours on this.",
        "This is the worst service I've ever had.",
        "I've been waiting three weeks for this.",
        "Nobody called me back, again.",
        "I was promised a refund last month and nothing happened.",
        "I'm extremely disappointed.",
        "Don't tell me to restart the router again.",
        "Why is this so hard?",
        "I'm not paying for something that doesn't work.",
        "This is a disgrace.",
    ],
    "complaint": [
        "This is the third time I'm calling, I want to cancel.",
        "I'm done, cancel my contract today.",
        "I want to speak to a manager, right now.",
        "This is a joke, I'm filing a complaint.",
        "I'm fed up, I'm switching to another provider.",
        "Stop reading me the script, this is unacceptable.",
        "I've had enough, close my account.",
        "This is outrageous, I want compensation.",
        "I'm furious, you've wasted weeks of my time.",
        "Cancel everything, I'm never using you again.",
    ],
    "positive": [
        "Great, thank you so much, that solves it.",
        "Oh, that's perfect, thanks.",
        "Brilliant, I really appreciate your help.",
        "Wonderful, that's exactly what I needed.",
        "Thank you, that's a relief.",
        "Lovely, thanks for sorting it out.",
        "Excellent, that's great news.",
        "Thanks a lot, you've been very helpful.",
        "Fantastic, I'm happy with that.",
        "Perfect, have a nice day.",
    ],
}
# calm_addressed: a calm customer who talks *to* the agent, the commonest calm sentences of a real call
# and the ones the scripted calm pool lacks: questions, requests, greetings, a name not caught, a letter
# not received. A text rule that reads "you" + a question or a negation as blame alarms these calls.
ADDRESSED_TEXT = [
    "How are you today?",
    "Did you get my email?",
    "Can you check my account, please?",
    "Could you tell me when the engineer is coming?",
    "What time do you close today?",
    "Sorry, I didn't catch your name.",
    "I haven't received the letter yet, can you send it again?",
    "Do you need my postcode as well?",
    "Can you hear me okay?",
    "Will you send me a confirmation?",
    "Why is there a second line on the bill?",
    "Didn't you already send it?",
    "Is that something you can do today?",
    "Are you still there?",
    "You don't need the account number, do you?",
    "I'm not sure I understood, can you say that again?",
    "Where do I find the reference?",
    "Could you spell that for me?",
    "Is there anything else you need from me?",
    "I don't have the letter with me, is that a problem?",
]
# overt_asked: an angry customer who complains in yes/no questions, the counterpart of calm_addressed for a
# rule that weighs the negative words of a yes/no question less (text round 9). Lines from the independent
# review of that round, and a few more of the same build.
ASKED_COMPLAINT_TEXT = [
    "Is this some kind of scam?",
    "Did you just hang up on me?",
    "Is this really the worst service ever?",
    "Are you going to fix it or do I have to cancel?",
    "Do you understand that I want to cancel?",
    "Are you going to refund me or not?",
    "Can you explain why you charged me twice?",
    "Can you tell me why my internet has been down for three days?",
    "Are you people incompetent?",
    "Is it so hard to call me back?",
    "Do I have to wait another three weeks for this?",
    "Have you lost my order again?",
    "Will anyone ever fix this broken router?",
    "Is this how you treat loyal customers, with delays and excuses?",
    "Should I just cancel and go somewhere else?",
    "Did nobody read my complaint?",
]
AGENT = {
    "greeting": [
        "Thank you for calling customer service, my name is Alex. How can I help you today?",
        "Good morning, you're through to the billing team. How can I help?",
        "Hello, thanks for holding. What can I do for you today?",
    ],
    "middle": [
        "Could you confirm your date of birth, please?",
        "Let me pull up your account.",
        "Thank you. One moment, please.",
        "I can see the order here.",
        "Could you spell the street name for me?",
        "I understand. Let me check that for you.",
        "I'm going to put you on a short hold.",
        "Thank you for waiting.",
        "The system shows the payment was received.",
        "I'll raise a ticket with the technical team.",
        "Could you tell me when this started?",
        "Is the address still the same?",
        "I see. Let me look into it.",
        "Okay, I've made a note on the account.",
        "I'm sorry to hear that.",
        "I do apologise for the trouble.",
        "Can you read me the reference number?",
    ],
    # only after the onset of a dissatisfied call (an agent does not apologise to a calm customer)
    "empathic": [
        "I'm sorry to hear that.",
        "I do apologise for the trouble.",
        "Let me see what I can do.",
        "I understand, I'll do my best to fix this.",
    ],
    "closing": [
        "Is there anything else I can help you with today?",
        "Thank you for calling, have a good day.",
    ],
}
PROTOCOL = {
    "kinds": KINDS, "rate_mix": RATE, "telephone": tc.TELEPHONE, "noise_floor_dbfs": -60,
    "gap_between_turns_s": [0.4, 1.2], "gap_within_turn_s": [0.25, 0.6], "lead_in_s": [0.5, 1.5],
    "agent_tts": {"engine": "espeak-ng", "voices": ["en-us", "en-gb"], "speed_wpm": 160, "pitch": 45},
    "hidden_fear_share": 0.4, "escalation_gap_s": [20, 30],
    "text_hash": fc.stable_hash([TEXT, AGENT]),
}


class Pool:
    """Draws a speaker's utterances of some emotions without replacement, reshuffling when empty."""

    def __init__(self, rows, rng):
        self.rows, self.rng, self.left = list(rows), rng, []

    def draw(self):
        if not self.left:
            self.left = list(self.rng.permutation(len(self.rows)))
        return self.rows[self.left.pop()]


class Texts:
    POOLS = {**TEXT, "addressed": ADDRESSED_TEXT, "asked": ASKED_COMPLAINT_TEXT}

    def __init__(self, rng):
        self.rng, self.left = rng, {}

    def draw(self, key):
        if not self.left.get(key):
            pool = self.POOLS[key]
            self.left[key] = [pool[i] for i in self.rng.permutation(len(pool))]
        return self.left[key].pop()


def tts(text: str, voice: str, cache: Path) -> np.ndarray:
    """espeak-ng line at RATE (cached by text + voice)."""
    p = PROTOCOL["agent_tts"]
    key = hashlib.sha256(f"{voice}|{p['speed_wpm']}|{p['pitch']}|{text}".encode()).hexdigest()[:16]
    out = cache / f"{key}.wav"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as td:
            raw = Path(td) / "raw.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(p["speed_wpm"]), "-p", str(p["pitch"]),
                            "-w", str(raw), text], check=True, capture_output=True)
            x, r = tc.read_wav(raw)
            x = tc.resample(x, r, RATE)
            nz = np.nonzero(np.abs(x) > 1e-3)[0]      # trim espeak's leading/trailing silence
            x = x[nz[0]: nz[-1] + 1] if len(nz) else x
            tc.write_wav(out, x, RATE)
    x, _ = tc.read_wav(out)
    return x


def active_rms(x: np.ndarray) -> float:
    fr = x[: len(x) // 160 * 160].reshape(-1, 160)
    e = np.sqrt(np.mean(fr ** 2, axis=1))
    act = e[e > 0.1 * e.max()] if len(e) else e
    return float(np.sqrt(np.mean(act ** 2))) if len(act) else 1e-9


class Call:
    def __init__(self, rng, voice, tts_cache, agent_gain):
        self.rng, self.voice, self.tts_cache, self.agent_gain = rng, voice, tts_cache, agent_gain
        self.t = float(rng.uniform(*PROTOCOL["lead_in_s"]))
        self.cust, self.agent, self.segments = [], [], []

    def gap(self, key="gap_between_turns_s"):
        self.t += float(self.rng.uniform(*PROTOCOL[key]))

    def customer_turn(self, rows_and_texts):
        starts = []
        for k, (row, text, emo, text_kind) in enumerate(rows_and_texts):
            if k:
                self.gap("gap_within_turn_s")
            x, r = tc.read_wav(row["path"])
            assert r == RATE
            self.cust.append((self.t, x))
            end = self.t + len(x) / RATE
            self.segments.append({"start": round(self.t, 3), "end": round(end, 3), "speaker": "customer",
                                  "text": text, "text_kind": text_kind,
                                  "emodb_file": row["file"], "emotion": emo})
            starts.append(self.t)
            self.t = end
        self.gap()
        return starts

    def agent_turn(self, text):
        x = tts(text, self.voice, self.tts_cache) * self.agent_gain
        self.agent.append((self.t, x))
        end = self.t + len(x) / RATE
        self.segments.append({"start": round(self.t, 3), "end": round(end, 3), "speaker": "agent", "text": text})
        self.t = end
        self.gap()

    def render(self, rng) -> np.ndarray:
        n = int(np.ceil((self.t + 1.0) * RATE))
        tracks = np.zeros((2, n))
        for ch, items in ((0, self.cust), (1, self.agent)):
            for t0, x in items:
                i = int(round(t0 * RATE))
                tracks[ch, i: i + len(x)] += x
        floor = 10 ** (PROTOCOL["noise_floor_dbfs"] / 20)
        tracks += rng.normal(0, floor, tracks.shape)
        return np.stack([tc.telephone_channel(tracks[0], RATE), tc.telephone_channel(tracks[1], RATE)], axis=1)


def build_call(call_id, kind, speaker, rows, seed_seq, tts_cache, args, agent_gain):
    rng = np.random.default_rng(seed_seq)
    by = lambda codes: [r for r in rows if r["speaker"] == speaker and r["emotion_code"] in codes]  # noqa: E731
    pools = {"N": Pool(by("N"), rng), "W": Pool(by("W"), rng), "A": Pool(by("A"), rng),
             "NL": Pool(by("NL"), rng)}
    texts = Texts(rng)
    voice = PROTOCOL["agent_tts"]["voices"][int(rng.integers(2))]
    call = Call(rng, voice, tts_cache, agent_gain)
    upset = [False]

    def mid():
        key = "empathic" if upset[0] and rng.random() < 0.4 else "middle"
        return AGENT[key][int(rng.integers(len(AGENT[key])))]

    def turn(pool_key, text_key, emo=None, first_text_key=None):
        k = 1 + int(rng.random() < 0.5)
        items = []
        for i in range(k):
            row = pools[pool_key].draw()
            tk = first_text_key if (first_text_key and i == 0) else text_key
            items.append((row, texts.draw(tk), emo or row["emotion_code"], tk))
        return call.customer_turn(items)

    call.agent_turn(AGENT["greeting"][int(rng.integers(len(AGENT["greeting"])))])
    speech = lambda: sum(s["end"] - s["start"] for s in call.segments if s["speaker"] == "customer")  # noqa: E731
    turn("N", "baseline", first_text_key="opener")
    call.agent_turn(mid())
    while speech() < args.baseline_s:
        turn("N", "baseline")
        call.agent_turn(mid())
    truth = {"id": call_id, "kind": kind, "speaker": speaker,
             "gender": next(r["gender"] for r in rows if r["speaker"] == speaker),
             "dissatisfied": DISSATISFIED[kind], "onset_s": None, "overt_s": None, "recovery_s": None,
             "hidden_emotion": None, "baseline_speech_s": round(speech(), 3), "baseline_end_s": round(call.t, 3),
             "agent_voice": voice}
    upset[0] = DISSATISFIED[kind]       # from here on the agent may apologise (never on a calm call)
    hidden_emo = "W"
    if kind in ("hidden", "escalating") and len(pools["A"].rows) >= 4 and rng.random() < PROTOCOL["hidden_fear_share"]:
        hidden_emo = "A"
    if kind in ("calm", "calm_addressed"):
        for _ in range(int(rng.integers(3, 6))):
            turn("NL", "calm" if kind == "calm" else "addressed")
            call.agent_turn(mid())
    elif kind in ("overt", "overt_asked"):
        for i in range(int(rng.integers(3, 5))):
            s = turn("W", "negative" if kind == "overt" else "asked")
            truth["onset_s"] = truth["onset_s"] if i else round(s[0], 3)
            call.agent_turn(mid())
    elif kind == "hidden":
        truth["hidden_emotion"] = hidden_emo
        for i in range(int(rng.integers(3, 5))):
            s = turn(hidden_emo, "polite")
            truth["onset_s"] = truth["onset_s"] if i else round(s[0], 3)
            call.agent_turn(mid())
    elif kind == "escalating":
        truth["hidden_emotion"] = hidden_emo
        gap = float(rng.uniform(*PROTOCOL["escalation_gap_s"]))
        s = turn(hidden_emo, "polite")
        truth["onset_s"] = round(s[0], 3)
        call.agent_turn(mid())
        while call.t < truth["onset_s"] + gap:
            turn(hidden_emo, "polite")
            call.agent_turn(mid())
        for i in range(2):
            s = turn("W", "complaint")
            truth["overt_s"] = truth["overt_s"] if i else round(s[0], 3)
            call.agent_turn(mid())
    elif kind == "recovering":
        for i in range(int(rng.integers(2, 4))):
            s = turn("W", "negative")
            truth["onset_s"] = truth["onset_s"] if i else round(s[0], 3)
            call.agent_turn(mid())
        for i in range(int(rng.integers(3, 5))):
            s = turn("N", "positive")
            truth["recovery_s"] = truth["recovery_s"] if i else round(s[0], 3)
            call.agent_turn(mid())
    call.agent_turn(AGENT["closing"][int(rng.integers(len(AGENT["closing"])))])
    audio = call.render(rng)
    truth["duration_s"] = round(len(audio) / tc.TELEPHONE["rate"], 3)
    truth["segments"] = call.segments
    return truth, audio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--emodb", default=str(fc.DEFAULT_EMODB))
    ap.add_argument("--cache", default=str(fc.DEFAULT_CACHE))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-cell", type=int, default=5, help="calls per (speaker, kind)")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--speakers", default="", help="comma-separated subset (default: all 10)")
    ap.add_argument("--baseline-s", type=float, default=18.0, help="customer neutral speech before anything else")
    ap.add_argument("--encoding", choices=["pcm16", "mulaw"], default="pcm16")
    args = ap.parse_args()

    rows = fc.read_labels(Path(args.emodb))
    speakers = sorted({r["speaker"] for r in rows})
    if args.speakers:
        speakers = [s for s in speakers if s in set(args.speakers.split(","))]
    kinds = [k for k in args.kinds.split(",") if k]
    bad = set(kinds) - set(KINDS + EXTRA_KINDS)
    if bad:
        ap.error(f"unknown kinds {sorted(bad)}; use {KINDS + EXTRA_KINDS}")
    out_dir = Path(args.cache) / "scenarios"
    calls_dir = out_dir / "calls"
    if calls_dir.exists():
        shutil.rmtree(calls_dir)          # never mix calls of two different builds
    calls_dir.mkdir(parents=True)
    tts_cache = Path(args.cache) / "tts"
    # agent level: the median active RMS of EmoDB neutral speech
    ref = np.median([active_rms(tc.read_wav(r["path"])[0]) for r in rows if r["emotion_code"] == "N"][:200])
    probe = tts(AGENT["middle"][0], "en-us", tts_cache)
    agent_gain = float(ref / active_rms(probe))

    manifest = {"seed": args.seed, "per_cell": args.per_cell, "kinds": kinds, "speakers": speakers,
                "baseline_s": args.baseline_s, "encoding": args.encoding, "protocol": PROTOCOL,
                "tools": fc.tool_versions(), "calls": []}
    extra_text_hash = fc.stable_hash([ADDRESSED_TEXT, ASKED_COMPLAINT_TEXT]) if set(kinds) & set(EXTRA_KINDS) else None
    if extra_text_hash:
        manifest["extra_text_hash"] = extra_text_hash
    for si, spk in enumerate(speakers):
        for kind in kinds:
            for rep in range(args.per_cell):
                call_id = f"{kind}-{spk}-{rep:02d}"
                seq = np.random.SeedSequence([args.seed, int(spk), (KINDS + EXTRA_KINDS).index(kind), rep])
                truth, audio = build_call(call_id, kind, spk, rows, seq, tts_cache, args, agent_gain)
                wav = calls_dir / f"{call_id}.wav"
                tc.write_wav(wav, audio, tc.TELEPHONE["rate"])
                if args.encoding == "mulaw":
                    tmp = wav.with_suffix(".mu.wav")
                    subprocess.run(["sox", str(wav), "-e", "u-law", "-b", "8", str(tmp)], check=True)
                    tmp.replace(wav)
                with open(calls_dir / f"{call_id}.transcript.jsonl", "w") as f:
                    for s in sorted(truth["segments"], key=lambda s: s["start"]):
                        f.write(json.dumps({k: s[k] for k in ("start", "end", "speaker", "text")}) + "\n")
                fc.write_json(calls_dir / f"{call_id}.truth.json", truth)
                manifest["calls"].append({"id": call_id, "kind": kind, "speaker": spk,
                                          "audio": f"calls/{call_id}.wav",
                                          "transcript": f"calls/{call_id}.transcript.jsonl",
                                          "truth": f"calls/{call_id}.truth.json",
                                          "duration_s": truth["duration_s"], "onset_s": truth["onset_s"],
                                          "overt_s": truth["overt_s"], "recovery_s": truth["recovery_s"],
                                          "hidden_emotion": truth["hidden_emotion"]})
        fc.log(f"speaker {spk}: done ({(si + 1) * len(kinds) * args.per_cell} calls)")
    # a check set's lines are part of its identity (the default set's hash stays as it was)
    manifest["set_hash"] = fc.stable_hash([manifest["calls"], PROTOCOL, args.seed] + ([extra_text_hash] if extra_text_hash else []))
    fc.write_json(out_dir / "manifest.json", manifest)
    print(summary(manifest, calls_dir))
    return 0


def summary(manifest, calls_dir: Path) -> str:
    """Markdown: counts and durations by kind, and how visible each kind's words are to a lexicon."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        vader = SentimentIntensityAnalyzer()
    except ImportError:
        vader = None
    lines = [f"{len(manifest['calls'])} calls, seed {manifest['seed']}, speakers {','.join(manifest['speakers'])}", "",
             "| kind | calls | duration s (min / median / max) | onset s (median) | calls with a VADER-negative customer line after onset (calm: after baseline) |",
             "|---|---:|---:|---:|---:|"]
    total = 0.0
    pool_neg = {}
    for kind in manifest["kinds"]:
        cs = [c for c in manifest["calls"] if c["kind"] == kind]
        d = [c["duration_s"] for c in cs]
        total += sum(d)
        on = [c["onset_s"] for c in cs if c["onset_s"] is not None]
        neg = "–"
        if vader:
            k = 0
            for c in cs:
                truth = json.loads((calls_dir / f"{c['id']}.truth.json").read_text())
                t0 = truth["onset_s"] if truth["onset_s"] is not None else truth["baseline_end_s"]
                hit = False
                for s in truth["segments"]:
                    if s["speaker"] != "customer":
                        continue
                    v = vader.polarity_scores(s["text"])["compound"] <= -0.05
                    pool_neg.setdefault(s["text_kind"], [0, 0])
                    pool_neg[s["text_kind"]][0] += v
                    pool_neg[s["text_kind"]][1] += 1
                    hit |= v and s["start"] >= t0
                k += hit
            neg = f"{k}/{len(cs)}"
        lines.append(f"| {kind} | {len(cs)} | {min(d):.1f} / {np.median(d):.1f} / {max(d):.1f} | "
                     f"{fc.fmt(float(np.median(on)), 1) if on else '–'} | {neg} |")
    if pool_neg:
        lines += ["", "VADER-negative (compound <= -0.05) share of customer lines by sentence pool: " +
                  ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(pool_neg.items()))]
    esc = [c for c in manifest["calls"] if c["kind"] == "escalating"]
    if esc:
        g = [c["overt_s"] - c["onset_s"] for c in esc]
        lines += ["", f"escalating: overt complaint {min(g):.1f}-{max(g):.1f} s after onset (median {np.median(g):.1f})"]
    hid = [c for c in manifest["calls"] if c["kind"] in ("hidden", "escalating")]
    if hid:
        lines.append(f"hidden/escalating voice: {sum(c['hidden_emotion'] == 'A' for c in hid)} fear (A), "
                     f"{sum(c['hidden_emotion'] == 'W' for c in hid)} anger (W)")
    lines.append(f"total audio {total / 3600:.2f} h")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

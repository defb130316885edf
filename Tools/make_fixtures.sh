#!/usr/bin/env bash
# Makes everything in Audio-fixtures/ from scratch: a two-channel example call with its transcript,
# and a short tone in every container and encoding the decoder must read.
# Needs: espeak-ng, sox (with libsox-fmt-all for MP3), opus-tools. Deterministic: the same tools give
# the same files. Run from anywhere: bash Tools/make_fixtures.sh
set -euo pipefail
export SOX_OPTS="-R" # repeatable: fixed dither seeds and time stamps
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/Audio-fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in espeak-ng sox opusenc; do
  command -v "$tool" >/dev/null || { echo "make_fixtures: needs $tool (apt-get install espeak-ng sox libsox-fmt-all opus-tools)" >&2; exit 1; }
done
mkdir -p "$out/formats"

# Telephone channel: 300–3400 Hz band-pass, 8 kHz, µ-law (G.711) round trip.
telephone() { # in.wav out.wav
  sox "$1" -r 8000 -c 1 -e u-law "$work/tmp_ulaw.wav" vol 0.6 sinc 300-3400 rate -v 8000 dither -s
  sox "$work/tmp_ulaw.wav" -e signed-integer -b 16 "$2"
}

# ---- The example call: agent and customer on separate channels, with a JSON Lines transcript.
# Each turn: start time (s), role, espeak-ng voice, words/min, pitch (0–99), amplitude, text.
# The customer starts calm (to set a baseline), turns strained (faster, much higher, louder) while
# staying polite ("fine, thanks": hidden dissatisfaction), then says so (an overt complaint).
turns=(
  "0.5|agent|en-us+m3|165|40|100|Thank you for calling Northwind Energy, my name is Sam. How can I help you today?"
  "6.0|customer|en-gb+f3|150|45|100|Hi Sam. I am calling about my last bill. It seems higher than usual."
  "12.0|agent|en-us+m3|165|40|100|I am sorry to hear that. Let me pull up your account. Could you confirm your postcode?"
  "17.5|customer|en-gb+f3|150|45|100|Sure, it is S W one A, one A A."
  "21.5|agent|en-us+m3|165|40|100|Thank you. I can see a charge for an estimated reading. I will need to put you on hold for a moment."
  "28.5|customer|en-gb+f3|185|99|170|Fine. Thanks. That is fine, no problem at all. Okay, thank you, I will wait."
  "35.0|agent|en-us+m3|165|40|100|Thanks for waiting. The estimate stands until a meter reading is submitted."
  "40.5|customer|en-gb+f3|215|99|180|This is the third time I am calling about this. I want a refund, or I will cancel."
  "47.0|agent|en-us+m3|165|40|100|I understand. I will escalate this to my supervisor right away."
)
transcript="$out/example-call.transcript.jsonl"
: > "$transcript"
declare -a customer_parts agent_parts
index=0
for turn in "${turns[@]}"; do
  IFS='|' read -r start role voice wpm pitch amplitude text <<<"$turn"
  espeak-ng -v "$voice" -s "$wpm" -p "$pitch" -a "$amplitude" -w "$work/turn$index.raw.wav" "$text"
  telephone "$work/turn$index.raw.wav" "$work/turn$index.wav"
  duration=$(soxi -D "$work/turn$index.wav")
  sox "$work/turn$index.wav" "$work/turn$index.padded.wav" pad "$start"
  if [ "$role" = customer ]; then customer_parts+=("$work/turn$index.padded.wav"); else agent_parts+=("$work/turn$index.padded.wav"); fi
  end=$(awk -v s="$start" -v d="$duration" 'BEGIN { printf "%.2f", s + d }')
  speaker=$([ "$role" = customer ] && echo spk_1 || echo spk_0)
  printf '{"start": %.2f, "end": %s, "speaker": "%s", "text": "%s"}\n' "$start" "$end" "$speaker" "$text" >> "$transcript"
  index=$((index + 1))
done
mix() { # out.wav parts...
  local target=$1; shift
  if [ $# -eq 1 ]; then cp "$1" "$target"; else sox -m $(for part in "$@"; do printf -- '-v 1 %s ' "$part"; done) "$target"; fi
}
mix "$work/customer.wav" "${customer_parts[@]}"
mix "$work/agent.wav" "${agent_parts[@]}"
length=$(awk -v a="$(soxi -D "$work/customer.wav")" -v b="$(soxi -D "$work/agent.wav")" 'BEGIN { print (a > b ? a : b) + 1.0 }')
for side in customer agent; do sox "$work/$side.wav" "$work/$side.fit.wav" pad 0 5 trim 0 "$length"; done
# Left = customer, right = agent: the default --channels mapping.
sox -M "$work/customer.fit.wav" "$work/agent.fit.wav" -e u-law "$out/example-call.wav"

# ---- One short sound in every format the decoder must read: 0.5 s of a 440 Hz tone at -6 dBFS
# (16 kHz, mono) and the same as stereo (left 440 Hz, right 660 Hz) in a few of them.
sox -n -r 16000 -c 1 -b 16 "$work/tone.wav" synth 0.5 sine 440 vol 0.5
sox -n -r 16000 -c 1 -b 16 "$work/tone660.wav" synth 0.5 sine 660 vol 0.5
sox -M "$work/tone.wav" "$work/tone660.wav" "$work/tone-stereo.wav"
f="$out/formats"
sox "$work/tone.wav" -b 8 -e unsigned-integer "$f/pcm8.wav"
sox "$work/tone.wav" -b 16 -e signed-integer "$f/pcm16.wav"
sox "$work/tone.wav" -b 24 -e signed-integer "$f/pcm24.wav"
sox "$work/tone.wav" -b 32 -e signed-integer "$f/pcm32.wav"
sox "$work/tone.wav" -b 32 -e floating-point "$f/float32.wav"
sox "$work/tone.wav" -r 8000 -e u-law "$f/mulaw.wav"
sox "$work/tone.wav" -r 8000 -e a-law "$f/alaw.wav"
sox "$work/tone.wav" "$f/tone.flac"
sox "$work/tone.wav" -C 3 "$f/tone.ogg"
sox "$work/tone.wav" -C 128 "$f/tone.mp3"
opusenc --quiet --serial 1 --bitrate 32 "$work/tone.wav" "$f/tone.opus"
sox "$work/tone-stereo.wav" -r 44100 "$f/stereo44k.wav"
# Headerless copies of the same codes (no re-encoding: -D, no dither), so tests can compare our G.711
# decoding with libsndfile's sample for sample.
sox -D "$f/mulaw.wav" -t raw "$f/tone-8k.mulaw"
sox -D "$f/alaw.wav" -t raw "$f/tone-8k.alaw"
sox "$work/tone.wav" -r 8000 -t raw -e signed-integer -b 16 -L "$f/tone-8k.s16le"
ls -l "$out" "$f" | awk '{ s += $5 } END { printf "Audio-fixtures: %.1f kB\n", s / 1024 }'

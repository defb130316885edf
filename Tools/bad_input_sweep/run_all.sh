#!/usr/bin/env bash
# The bad-input sweep: about 150 broken inputs (audio, raw streams, transcripts, configs, lexicons) through
# every subcommand, one case per line below, each run under `timeout 60` with its peak memory measured.
# Usage (from the repository root, after a release build):
#   WORK=/tmp/sweep bash Tools/bad_input_sweep/run_all.sh [CASE_ID ...]
# UNDERTONE overrides the binary (default .build/release/undertone). Inputs are made once in $WORK/in by
# make_inputs.py; each case's stdout and stderr land in $WORK/out/<ID>.{out,err}; results.tsv has one row per
# case: id, exit code, seconds, stdout lines, non-finite tokens in stdout, peak RSS MB, first stderr lines.
# Whether a row is right (a clear message, the documented exit code, a warned tolerance) is read, not
# asserted here: the behaviours that matter are pinned by the tests (BadInputTests, BadAudioFileTests, ...).
set -u
REPO=$(cd "$(dirname "$0")/../.." && pwd)
U=${UNDERTONE:-$REPO/.build/release/undertone}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
cd "$WORK"
[ -f in/good_mono.wav ] || python3 "$REPO/Tools/bad_input_sweep/make_inputs.py" "$WORK/in" >/dev/null
mkdir -p out
cd in
export U
ONLY=" $* "
: > ../results.tsv
c() {  # c ID 'shell command (cwd = in/, $U = the binary)'
  local id=$1 cmd=$2
  [ "$ONLY" != "  " ] && [[ "$ONLY" != *" $id "* ]] && return
  local start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o ../out/$id.rss timeout 60 bash -c "$cmd" >../out/$id.out 2>../out/$id.err
  local rc=$?
  local secs=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
  local lines=$(wc -l < ../out/$id.out)
  local nonfinite=$(grep -ciE '(^|[:,])(-?nan|-?inf(inity)?)([,}]|$)' ../out/$id.out)
  local rss=$(( $(tail -1 ../out/$id.rss 2>/dev/null || echo 0) / 1024 ))
  local err=$(grep -v '^Command exited' ../out/$id.err | head -2 | tr '\n' '|' | cut -c1-300)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$rc" "$secs" "$lines" "$nonfinite" "$rss" "$err" | tee -a ../results.tsv
  echo "$cmd" > ../out/$id.cmd
}

# ---------- audio files (analyze unless noted) ----------
c A01 '$U analyze empty.wav'
c A02 '$U analyze header_only.wav'
c A03 '$U analyze truncated.wav'
c A04 '$U analyze data_ffffffff.wav'
c A05 '$U analyze riff_size_lies.wav'
c A06 '$U analyze odd_bytes.wav'
c A07 '$U analyze data_size_smaller.wav'
c A08 '$U analyze rate0.wav'
c A09 '$U analyze rate500.wav'
c A10 '$U analyze rate_huge.wav'
c A11 '$U analyze rate1000.wav'
c A12 '$U analyze ch0.wav'
c A13 '$U analyze ch65.wav'
c A14 '$U analyze ch64_768k.wav --channels customer$(printf ",-%.0s" $(seq 63))'
c A15 '$U analyze ch3.wav'
c A16 '$U analyze ch_65535.wav'
c A17 '$U analyze bits0.wav'
c A18 '$U analyze fmt_wma.wav'
c A19 '$U analyze no_fmt.wav'
c A20 '$U analyze huge_list_chunk.wav'
c A21 '$U analyze text_as.wav'
c A22 '$U analyze random.wav'
c A23 '$U analyze riff_only.wav'
c A24 '$U analyze nan.wav'
c A25 '$U analyze inf.wav'
c A26 '$U analyze nan_double.wav'
c A27 '$U analyze huge_float.wav'
c A28 '$U analyze max_float.wav'
c A29 '$U features huge_float.wav'
c A30 '$U analyze silence.wav'
c A31 '$U analyze tiny_5ms.wav'
c A32 '$U analyze one_frame.wav'
c A33 '$U analyze truncated.flac'
c A34 '$U analyze corrupt.flac'
c A35 '$U analyze truncated.ogg'
c A36 '$U analyze truncated.mp3'
c A37 '$U analyze a_directory.wav'
c A38 '$U analyze does_not_exist.wav'
c A39 '$U analyze good_stereo.wav --channels customer,agent,mixed'
c A40 '$U analyze good_stereo.wav --channels -,-'
c A41 '$U analyze good_mono.wav empty.wav good_mono.wav'
c A42 'for f in good_mono.wav nan.wav good_mono.wav; do $U analyze "$f" >/dev/null || echo "FAILED $f rc=$?" >&2; done'
c A43 '$U pitch nan.wav'
c A44 '$U syllables truncated.wav'
c A45 '$U pitch good_stereo.wav --channel 3'
c A46 '$U syllables silence.wav'
c A47 '$U pitch one_frame.wav'
c A48 '$U analyze clipped.wav'
c A49 '$U analyze good_mono.wav --rate 44100'
c A50 '$U analyze good_mono.wav --threads 0'
c A51 '$U pitch good_mono.wav --floor 10'
c A52 '$U pitch good_mono.wav --ceiling 3000'

# ---------- raw / stdin ----------
c R01 '$U analyze - --raw s16le < odd.s16le'
c R02 '$U analyze - --raw s16le --raw-channels 2 < stereo_partial.s16le'
c R03 '$U analyze - --raw mulaw < /dev/null'
c R04 '$U analyze - < odd.s16le'
c R05 '$U analyze - --raw s16le --raw-rate 0 < odd.s16le'
c R06 '$U analyze - --raw s16le --raw-channels 1000 < odd.s16le'
c R07 '$U analyze - --raw alaw --raw-rate 999999999 < odd.s16le'
c R08 '$U analyze missing.raw --raw s16le'
c R09 '$U analyze empty.raw --raw s16le'
c R10 '$U features - --raw s16le --raw-channels 2 < stereo_partial.s16le'
c R11 '$U analyze - --raw s16le --transcript t_past_end.jsonl < good_mono.wav'
c R12 '$U analyze - --raw s16le --transcript t_huge_time.jsonl < good_mono.wav'
c R13 '$U analyze - --raw s16le --raw-channels 3 < odd.s16le'
c R14 '$U analyze a_directory.wav --raw s16le'

# ---------- transcripts (audio is 4.0 s) ----------
c T01 '$U analyze good_mono.wav --transcript t_latin1.vtt'
c T02 '$U analyze good_mono.wav --transcript t_end_before_start.jsonl'
c T03 '$U analyze good_mono.wav --transcript t_overlap.jsonl'
c T04 '$U analyze good_mono.wav --transcript t_past_end.jsonl'
c T05 '$U analyze good_mono.wav --transcript t_runs_past_end.jsonl'
c T06 '$U analyze good_stereo.wav --transcript t_unknown_speakers.jsonl'
c T07 '$U analyze good_stereo.wav --transcript t_unknown_speakers.jsonl --speakers spk_0=customer'
c T08 '$U analyze good_mono.wav --transcript t_negative.jsonl'
c T09 '$U analyze good_mono.wav --transcript t_bad_line3.jsonl'
c T10 '$U analyze good_mono.wav --transcript t_role_bogus.jsonl'
c T11 '$U analyze good_mono.wav --transcript t_text_number.jsonl'
c T12 '$U analyze good_mono.wav --transcript t_huge_time.jsonl'
c T13 '$U analyze good_mono.wav --transcript t_bad_words.jsonl'
c T14 '$U analyze good_mono.wav --transcript t_empty.jsonl'
c T15 '$U analyze good_mono.wav --transcript t_empty.vtt'
c T16 '$U analyze good_mono.wav --transcript t_blank_lines.jsonl'
c T17 '$U analyze good_mono.wav --transcript t_no_header.vtt'
c T18 '$U analyze good_mono.wav --transcript t_bad_timing.vtt'
c T19 '$U analyze good_mono.wav --transcript t_bad_timing2.vtt'
c T20 '$U analyze good_mono.wav --transcript t_empty_cue.vtt'
c T21 '$U analyze good_mono.wav --transcript t_bad.srt'
c T22 '$U analyze good_mono.wav --transcript t_whisper_missing_end.json'
c T23 '$U analyze good_mono.wav --transcript t_whisper_truncated.json'
c T24 '$U analyze good_mono.wav --transcript t_aws_bad_time.json'
c T25 '$U analyze good_mono.wav --transcript t_aws_nan_time.json'
c T26 '$U analyze good_mono.wav --transcript t_garbage.txt'
c T27 '$U analyze good_mono.wav --transcript t_utf16.vtt'
c T28 '$U analyze good_mono.wav --transcript t_dir.vtt'
c T29 '$U analyze good_mono.wav --transcript missing.vtt'
c T30 '$U analyze good_mono.wav --speakers spk_0=customer'
c T31 '$U analyze good_mono.wav --transcript t_good.jsonl --speakers spk_0=boss'
c T32 '$U analyze nan.wav --transcript t_good.jsonl --events ../out/T32.events.jsonl'

# ---------- config ----------
c C01 '$U analyze good_mono.wav --config c_malformed.yaml'
c C02 '$U analyze good_mono.wav --config c_unknown.yaml'
c C03 '$U analyze good_mono.wav --config c_unknown_nested.yaml'
c C04 '$U analyze good_mono.wav --config c_wrong_type.yaml'
c C05 '$U analyze good_mono.wav --config c_nan.yaml'
c C06 '$U analyze good_mono.wav --config c_out_of_range.yaml'
c C07 '$U analyze good_mono.wav --config c_empty.yaml'
c C08 '$U analyze good_mono.wav --config c_list.yaml'
c C09 '$U analyze good_mono.wav --config c_date.yaml'
c C10 '$U analyze good_mono.wav --config c_timestamp_top.yaml'
c C11 '$U analyze good_mono.wav --config c_binary.yaml'
c C12 '$U analyze good_mono.wav --config c_dup.yaml'
c C13 '$U analyze good_mono.wav --config c_latin1.yaml'
c C14 '$U analyze good_mono.wav --config c_bigint.yaml'
c C15 '$U analyze good_mono.wav --config c_null.yaml'
c C16 '$U analyze good_mono.wav --config c_scalar_for_map.yaml'
c C17 '$U analyze good_mono.wav --config c_weight_unknown.yaml'
c C18 '$U analyze good_mono.wav --config c_float_int.yaml'
c C19 '$U analyze good_mono.wav --config c_int_key.yaml'
c C20 '$U analyze good_mono.wav --config c_alias_bomb.yaml'
c C21 '$U analyze good_mono.wav --config missing.yaml'
c C22 '$U analyze good_mono.wav --config a_directory.wav'

# ---------- lexicons (sentiment) ----------
c L01 'echo "good" | $U sentiment --lexicon l_no_tab.tsv'
c L02 'echo "good" | $U sentiment --lexicon l_unknown_role.tsv'
c L03 'echo "good" | $U sentiment --lexicon l_range.tsv'
c L04 'echo "awful" | $U sentiment --lexicon l_nan.tsv'
c L05 'echo "good" | $U sentiment --lexicon l_degree_nonum.tsv'
c L06 'echo "good" | $U sentiment --lexicon l_latin1.tsv'
c L07 'echo "good" | $U sentiment --lexicon missing.tsv'
c L08 'echo "good" | $U sentiment --lexicon l_empty.tsv'
c L09 'echo "good" | $U sentiment --lexicon l_binary.tsv'
c L10 'printf "great\nawful\n" | $U sentiment --lexicon l_cr_only.tsv'
c L11 'printf "坏透了\n神\n" | $U sentiment --lang zh --lexicon BosonNLP_nan.txt'
c L12 'echo "good" | $U sentiment --lexicon l_empty_dir'
c L13 'echo "good" | $U sentiment --lexicon l_empty_term.tsv'
c L14 'echo "good" | $U sentiment --lexicon-format ntusd --lexicon l_range.tsv'
c L15 'echo "good" | $U sentiment --lexicon-format hownet --lexicon l_range.tsv'

# ---------- sentiment stdin ----------
c S01 '$U sentiment < s_latin1.txt'
c S02 '$U sentiment < s_nul.txt'
c S03 '$U sentiment < s_utf16.txt'
c S04 '$U sentiment < s_long.txt'
c S05 '$U sentiment < s_binary.txt'
c S06 '$U sentiment < s_cr_only.txt'
c S07 '$U sentiment < /dev/null'
c S08 'printf "I am so angry" | $U sentiment'

# ---------- added ----------
c A53 '$U analyze data_size0.wav'
c A54 '$U analyze hot_float.wav'
c A55 '$U pitch huge_float.wav | head -3; exit ${PIPESTATUS[0]}'
c R15 '$U analyze good_mono.s16le --raw s16le --transcript t_past_end.jsonl'
c R16 '$U analyze good_mono.wav --raw s16le'
c R17 '$U analyze - --raw s16le < good.mp3'
c T40 '$U analyze good_stereo.wav --channels agent,customer --transcript t_channels.jsonl'
c T41 '$U analyze good_stereo.wav --transcript t_channels.jsonl --speakers ch_0=agent,CH_0=customer'
c T42 '$U analyze good_mono.wav --transcript t_traditional.jsonl'
c C40 '$U analyze good_mono.wav --config c_bool_on.yaml'
c O01 '$U analyze good_mono.wav > /dev/full'
c O02 '$U analyze good_mono.wav --events /nonexistent/dir/ev.jsonl'
c O03 '$U help anlyze'
c A56 'ulimit -v 300000; $U analyze good_mono.wav >/dev/null && echo "good file OK under 300 MB" >&2; $U analyze ch64_768k.wav --channels customer$(printf ",-%.0s" $(seq 63))'
c T33 '$U analyze good_stereo.wav --transcript t_single_unknown.jsonl | grep -c "\"text_valence\":null"; exit ${PIPESTATUS[0]}'
c T34 '$U analyze good_stereo.wav --transcript t_channel5.jsonl | grep -c "\"text_valence\":null"; exit ${PIPESTATUS[0]}'
c L16 'echo good | $U sentiment --lexicon-format undertone --lexicon l_empty_dir'
c L17 'echo 好 | $U sentiment --lexicon l_cntext_stopwords.yaml'
c L18 'echo 好 | $U sentiment --lexicon l_cntext_broken.yaml'
c L19 'echo 好 | $U sentiment --lexicon l_cntext_valence_text.yaml'
c L20 'echo 好 | $U sentiment --lexicon-format hownet --lexicon l_cntext_stopwords.yaml'

echo "cases: $(wc -l < "$WORK/results.tsv"), results in $WORK/results.tsv"

#!/usr/bin/env python3
"""Makes every input of the bad-input sweep (run_all.sh) in the folder given as the first argument:
broken WAV headers, non-finite and out-of-range float samples, malformed transcripts, configs and
lexicons. Re-runnable. Needs numpy and soundfile; sox for a few compressed formats."""
import os, struct, shutil, subprocess, json
import numpy as np, soundfile as sf
import sys
D = sys.argv[1]; os.makedirs(D, exist_ok=True)
os.chdir(D)
rng = np.random.default_rng(1)

def voice(sr=8000, secs=4.0, f0=140.0):
    t = np.arange(int(sr*secs))/sr
    f = f0*(1+0.05*np.sin(2*np.pi*0.7*t))
    ph = 2*np.pi*np.cumsum(f)/sr
    x = sum(np.sin(k*ph)/k for k in range(1,12))
    env = (np.sin(2*np.pi*2.5*t) > -0.3).astype(float)   # syllable-ish gating
    return (0.2*x*env + 0.002*rng.standard_normal(len(t))).astype(np.float32)

def wav_bytes(fmt_tag, ch, sr, bits, data, riff_size=None, data_size=None, extra_chunks=b""):
    block = ch*bits//8
    fmt = struct.pack("<HHIIHH", fmt_tag, ch, sr, (sr*block) & 0xFFFFFFFF, block & 0xFFFF, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks
    body += b"data" + struct.pack("<I", len(data) if data_size is None else data_size) + data
    return b"RIFF" + struct.pack("<I", len(body) if riff_size is None else riff_size) + body

def w(name, b): open(name, "wb").write(b)

# --- good bases
mono = voice(); stereo = np.stack([voice(f0=200), voice(f0=110)], 1)
sf.write("good_mono.wav", mono, 8000, subtype="PCM_16")
sf.write("good_stereo.wav", stereo, 8000, subtype="PCM_16")
pcm = (mono*32767).astype("<i2").tobytes()

# --- audio: structure
w("empty.wav", b"")
w("header_only.wav", wav_bytes(1, 1, 8000, 16, b""))
w("truncated.wav", wav_bytes(1, 1, 8000, 16, pcm[:len(pcm)//4], data_size=len(pcm)))   # header says 4 s, 1 s present
w("data_ffffffff.wav", wav_bytes(1, 1, 8000, 16, pcm, data_size=0xFFFFFFFF, riff_size=0xFFFFFFFF))  # streaming-style header
w("riff_size_lies.wav", wav_bytes(1, 1, 8000, 16, pcm, riff_size=12345))
w("odd_bytes.wav", wav_bytes(1, 1, 8000, 16, pcm[:8001]))          # data ends inside a sample
w("data_size_smaller.wav", wav_bytes(1, 1, 8000, 16, pcm, data_size=16000))  # header says 1 s, 4 s follow
w("rate0.wav", wav_bytes(1, 1, 0, 16, pcm))
w("rate500.wav", wav_bytes(1, 1, 500, 16, pcm))
w("rate_huge.wav", wav_bytes(1, 1, 0xFFFFFFFF, 16, pcm))
w("rate1000.wav", wav_bytes(1, 1, 1000, 16, pcm[:8000]))            # legal edge: 4 s at 1 kHz
w("ch0.wav", wav_bytes(1, 0, 8000, 16, pcm))
w("ch65.wav", wav_bytes(1, 65, 8000, 16, pcm[:65*2*100]))
w("ch64_768k.wav", wav_bytes(1, 64, 768000, 16, pcm[:64*2*200]))   # legal header, tiny data: memory?
w("ch3.wav", wav_bytes(1, 3, 8000, 16, (np.repeat(mono[:,None],3,1)*32767).astype("<i2").tobytes()))
w("ch_65535.wav", wav_bytes(1, 65535, 8000, 16, pcm[:4096]))
w("bits0.wav", wav_bytes(1, 1, 8000, 0, pcm))
w("fmt_wma.wav", wav_bytes(0x0161, 1, 8000, 16, pcm))
w("no_fmt.wav", b"RIFF" + struct.pack("<I", 4+8+len(pcm)) + b"WAVE" + b"data" + struct.pack("<I", len(pcm)) + pcm)
w("huge_list_chunk.wav", wav_bytes(1, 1, 8000, 16, pcm, extra_chunks=b"LIST" + struct.pack("<I", 0xFFFFFFF0) + b"INFO"))
w("text_as.wav", b"this is not audio at all, just a text file\n"*10)
w("random.wav", rng.integers(0, 256, 20000, dtype=np.uint8).tobytes())
w("riff_only.wav", b"RIFF\x24\x00\x00\x00WAVE")
# float samples
f = mono.copy(); f[12000] = np.nan; sf.write("nan.wav", f, 8000, subtype="FLOAT")
f = mono.copy(); f[4000] = np.inf;  sf.write("inf.wav", f, 8000, subtype="FLOAT")
sf.write("huge_float.wav", (mono*1e30).astype(np.float32), 8000, subtype="FLOAT")
sf.write("max_float.wav", np.where(mono > 0, 3.4e38, -3.4e38).astype(np.float32), 8000, subtype="FLOAT")
f = mono.astype(np.float64); f[100] = np.nan; sf.write("nan_double.wav", f, 8000, subtype="DOUBLE")
sf.write("silence.wav", np.zeros(32000, np.float32), 8000, subtype="PCM_16")
sf.write("tiny_5ms.wav", mono[:40], 8000, subtype="PCM_16")
sf.write("one_frame.wav", mono[:1], 8000, subtype="PCM_16")
sf.write("clipped.wav", np.sign(mono).astype(np.float32), 8000, subtype="PCM_16")
# compressed containers
sf.write("good.flac", mono, 8000, subtype="PCM_16")
b = open("good.flac","rb").read(); w("truncated.flac", b[:len(b)//2])
bb = bytearray(b); bb[len(b)//2:len(b)//2+400] = rng.integers(0,256,400,dtype=np.uint8).tobytes(); w("corrupt.flac", bytes(bb))
sf.write("good.ogg", mono, 8000, format="OGG", subtype="VORBIS")
b = open("good.ogg","rb").read(); w("truncated.ogg", b[:len(b)//2])
try:
    sf.write("good.mp3", np.tile(mono, 1), 8000, format="MP3", subtype="MPEG_LAYER_III")
    b = open("good.mp3","rb").read(); w("truncated.mp3", b[:len(b)//2])
except Exception as e: print("mp3:", e)
os.makedirs("a_directory.wav", exist_ok=True)
# raw
w("odd.s16le", pcm[:8001])
w("stereo_partial.s16le", pcm[:8000*4+3])
w("empty.raw", b"")
w("good_mono.s16le", pcm[:8000 * 4 * 2])  # 4.0 s, as the transcripts expect

# --- transcripts (audio is 4.0 s)
def jl(name, rows): open(name,"w").write("".join((r if isinstance(r,str) else json.dumps(r))+"\n" for r in rows))
jl("t_good.jsonl", [{"start":0.5,"end":2.0,"speaker":"customer","text":"I am really unhappy with this."},
                    {"start":2.2,"end":3.5,"speaker":"agent","text":"Sorry to hear that."}])
w("t_latin1.vtt", "WEBVTT\n\n00:00.500 --> 00:02.000\n<v customer>Très mécontent, café\n".encode("latin-1"))
jl("t_end_before_start.jsonl", [{"start":0.5,"end":2.0,"speaker":"customer","text":"ok"},{"start":3.0,"end":1.0,"speaker":"customer","text":"bad"}])
jl("t_channels.jsonl", [{"start":0.5,"end":1.5,"channel":0,"text":"this is terrible"},{"start":1.5,"end":2.5,"channel":1,"text":"great, thanks"},
                        {"start":2.5,"end":3.0,"channel":2,"text":"awful"}])
jl("t_traditional.jsonl", [{"start":0.5,"end":2.5,"speaker":"customer","text":"你們這是什麼服務，我很不滿意"}])
jl("t_overlap.jsonl", [{"start":0.5,"end":2.5,"speaker":"customer","text":"one"},{"start":1.0,"end":3.0,"speaker":"customer","text":"two"}])
jl("t_past_end.jsonl", [{"start":0.5,"end":2.0,"speaker":"customer","text":"ok"},{"start":30.0,"end":31.0,"speaker":"customer","text":"late"}])
jl("t_runs_past_end.jsonl", [{"start":0.5,"end":9.0,"speaker":"customer","text":"this goes on too long"}])
jl("t_unknown_speakers.jsonl", [{"start":0.5,"end":1.5,"speaker":"spk_0","text":"hello"},{"start":2.0,"end":3.0,"speaker":"spk_1","text":"hi"}])
jl("t_negative.jsonl", [{"start":-1.0,"end":1.0,"speaker":"customer","text":"hi"}])
jl("t_bad_line3.jsonl", [{"start":0.5,"end":1.0,"speaker":"customer","text":"a"},{"start":1.0,"end":1.5,"speaker":"customer","text":"b"},'{"start": 1.6, "end": 2.0, "speaker": "customer", "text": "c"', {"start":2.0,"end":2.5,"speaker":"customer","text":"d"}])
jl("t_role_bogus.jsonl", [{"start":0.5,"end":1.0,"role":"boss","text":"a"}])
jl("t_text_number.jsonl", [{"start":0.5,"end":1.0,"speaker":"customer","text":42}])
jl("t_huge_time.jsonl", [{"start":0.5,"end":1e308,"speaker":"customer","text":"forever"}])
jl("t_bad_words.jsonl", [{"start":0.5,"end":3.0,"speaker":"customer","text":"Fine. Awful.","words":[{"word":"Fine.","start":2.0,"end":1.0},{"word":"Awful.","start":-5,"end":1e300}]}])
w("t_empty.jsonl", b""); w("t_empty.vtt", b"")
w("t_blank_lines.jsonl", b"\n\n   \n")
w("t_no_header.vtt", b"00:00.500 --> 00:02.000\n<v customer>hello\n")
w("t_bad_timing.vtt", b"WEBVTT\n\n00:00.500 -> 00:02.000\n<v customer>hello\n\n00:0x.500 --> 00:02.000\n<v customer>again\n")
w("t_bad_timing2.vtt", b"WEBVTT\n\n1\n00:00.500 --> 00:02.000\n<v customer>hello\n\n2\n00:61.000 --> 00:62.000\n<v customer>again\n")
w("t_empty_cue.vtt", b"WEBVTT\n\n00:00.500 --> 00:01.000\n<v customer>   \n\n00:01.500 --> 00:02.000\n<v customer>hello there\n")
w("t_bad.srt", b"1\n00:00:00,500 --> 00:00:02,000\nCustomer: hello\n\n2\n00:00:02,500 to 00:00:03,000\nAgent: hi\n")
w("t_whisper_missing_end.json", json.dumps({"text":"x","segments":[{"start":0.5,"end":1.0,"text":"ok"},{"start":1.5,"text":"no end"}]}).encode())
w("t_whisper_truncated.json", json.dumps({"text":"x","segments":[{"start":0.5,"end":1.0,"text":"ok"},{"start":1.5,"end":2.0,"text":"more"}]}).encode()[:-20])
w("t_aws_bad_time.json", json.dumps({"results":{"transcripts":[{"transcript":"hi"}],"items":[{"type":"pronunciation","start_time":"abc","end_time":"1.0","alternatives":[{"content":"hi"}]}]}}).encode())
w("t_aws_nan_time.json", json.dumps({"results":{"transcripts":[{"transcript":"hi"}],"items":[{"type":"pronunciation","start_time":"nan","end_time":"1.0","alternatives":[{"content":"hi"}],"speaker_label":"customer"}]}}).encode())
w("t_garbage.txt", b"just some words, no timing at all\nanother line\n")
w("t_utf16.vtt", "WEBVTT\n\n00:00.500 --> 00:02.000\n<v customer>hello\n".encode("utf-16"))
os.makedirs("t_dir.vtt", exist_ok=True)

# --- configs
w("c_malformed.yaml", b"baseline:\n  warmup_seconds: 8\n   time_constant_seconds: [1, 2\n")
w("c_unknown.yaml", b"baselin:\n  warmup_seconds: 8\n")
w("c_unknown_nested.yaml", b"warning:\n  blu: { enter: 0.3, exit: 0.2, dwell_s: 2 }\n")
w("c_wrong_type.yaml", b"baseline:\n  warmup_seconds: eight\n")
w("c_nan.yaml", b"arousal:\n  midpoint: .nan\n")
w("c_out_of_range.yaml", b"warning:\n  red: { enter: 0.5, exit: 0.9, dwell_s: 2 }\n")
w("c_empty.yaml", b"")
w("c_list.yaml", b"- 1\n- 2\n")
w("c_date.yaml", b"baseline:\n  warmup_seconds: 2024-01-01\n")
w("c_timestamp_top.yaml", b"cooldown: 2001-12-14t21:59:43.10-05:00\n")
w("c_binary.yaml", b"arousal:\n  slope: !!binary aGVsbG8=\n")
w("c_dup.yaml", b"arousal:\n  slope: 1.0\n  slope: 2.0\n")
w("c_latin1.yaml", "# café\nagent_emotion: false\n".encode("latin-1"))
w("c_bigint.yaml", b"baseline:\n  warmup_seconds: 99999999999999999999999\n")
w("c_null.yaml", b"baseline:\n  warmup_seconds: ~\n")
w("c_scalar_for_map.yaml", b"warning:\n  blue: 0.3\n")
w("c_weight_unknown.yaml", b"arousal:\n  weights: { loudnes: 0.5 }\n")
w("c_float_int.yaml", b"warning:\n  cooldown_s: 2.5\n")
w("c_bool_on.yaml", b"agent_emotion: on\n")
w("c_int_key.yaml", b"1: 2\n")
# alias bomb (9 levels x 9 = 387M leaves)
lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"] + [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"]*9) + "]" for i in range(1,9)]
w("c_alias_bomb.yaml", ("\n".join(lines)+"\n").encode())
# --- lexicons
w("l_no_tab.tsv", b"good 2.0\n")
w("l_unknown_role.tsv", b"good\tvalence\t2.0\nbad\tnegativity\t-2\n")
w("l_range.tsv", b"awful\tvalence\t9.0\n")
w("l_nan.tsv", b"awful\tnan\n")
w("l_degree_nonum.tsv", b"very\tdegree\n")
w("l_latin1.tsv", "café\tvalence\t2.0\n".encode("latin-1"))
w("l_empty.tsv", b"")
w("l_binary.tsv", rng.integers(0,256,3000,dtype=np.uint8).tobytes())
w("l_cr_only.tsv", b"great\tvalence\t2.0\rawful\tvalence\t-2.0\r")
w("BosonNLP_nan.txt", "好 2.0\n坏 -2.0\n坏透了 nan\n神 inf\n".encode())
w("l_cntext_stopwords.yaml", "Name: stop\nCategory:\n- chinese\nDictionary:\n    chinese:\n    - 的\n".encode())
w("l_cntext_broken.yaml", "Name: x\nDictionary:\n    pos: [好, 棒\n".encode())
w("l_cntext_valence_text.yaml", "Dictionary:\n    开心:\n        valence: high\n".encode())
os.makedirs("l_empty_dir", exist_ok=True)
w("l_empty_term.tsv", b"\"\"\tvalence\t2.0\n\xe2\x80\x8b\tvalence\t-3\n")
# --- sentiment stdin
w("s_latin1.txt", "fine thanks\ncaf\xe9 is terrible\nok\n".encode("latin-1"))
w("s_nul.txt", b"fine\x00 thanks\nawful\n")
w("s_utf16.txt", "I am angry\n".encode("utf-16"))
w("s_long.txt", (b"terrible awful not good " * 400000) + b"\n")   # ~9.6 MB one line
w("s_binary.txt", rng.integers(0,256,5000,dtype=np.uint8).tobytes())
w("s_cr_only.txt", b"great\rawful\rok\r")
# --- added cases
w("data_size0.wav", wav_bytes(1, 1, 8000, 16, pcm, data_size=0, riff_size=36))   # recorder died before fixing sizes
sf.write("hot_float.wav", (mono*20).astype(np.float32), 8000, subtype="FLOAT")   # 26 dB over full scale
jl("t_past_end_speakers.jsonl", [{"start":0.5,"end":2.0,"speaker":"customer","text":"ok"},{"start":30.0,"end":31.0,"speaker":"customer","text":"late"}])
jl("t_single_unknown.jsonl", [{"start":0.5,"end":2.0,"speaker":"spk_0","text":"This is terrible, I am furious."},{"start":2.2,"end":3.5,"speaker":"spk_0","text":"Awful service."}])
jl("t_channel5.jsonl", [{"start":0.5,"end":2.0,"channel":5,"text":"This is terrible, I am furious."}])
print("ok")

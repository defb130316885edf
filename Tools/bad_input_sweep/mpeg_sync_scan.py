#!/usr/bin/env python3
"""How often headerless speech looks like MP3 to `--raw`'s container check (MPEGFrameHeader.swift):
every starting byte of each file, as 8 kHz s16le, mu-law and A-law (sox), is tested for one MPEG audio
frame header and for two in a row (the second where the first frame's length puts it, with the same
version, layer and rate), which is what the check refuses. The product checks byte 0 only, so two-in-a-row
per starting byte is the chance that a raw stream is refused by mistake.

Usage: python3 Tools/bad_input_sweep/mpeg_sync_scan.py [--files 200] [FOLDER (default ../shared/data/emodb/wav)]
"""
import argparse, glob, os, subprocess

# Bitrates (kbit/s) for indexes 1-14 (ISO/IEC 11172-3 and 13818-3 tables), by (MPEG-1?, layer).
BITRATES = {(True, 1): [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
            (True, 2): [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
            (True, 3): [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
            (False, 1): [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256]}
LOW_BITRATES = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]  # MPEG-2/2.5 layers II, III


def header(data, at):
    """(frame bytes, stream bits) of a valid frame header at `at`, or None."""
    if at + 4 > len(data):
        return None
    word = int.from_bytes(data[at:at + 4], "big")
    version, layer_bits = (word >> 19) & 3, (word >> 17) & 3
    bitrate_index, rate_index, padding, emphasis = (word >> 12) & 15, (word >> 10) & 3, (word >> 9) & 1, word & 3
    if word >> 21 != 0x7FF or version == 1 or layer_bits == 0 or not 1 <= bitrate_index <= 14 or rate_index == 3 or emphasis == 2:
        return None
    mpeg1, layer = version == 3, 4 - layer_bits
    bits_per_second = BITRATES.get((mpeg1, layer), LOW_BITRATES)[bitrate_index - 1] * 1000
    rate = [44100, 48000, 32000][rate_index] >> (0 if version == 3 else 1 if version == 2 else 2)
    if layer == 1:
        length = (12 * bits_per_second // rate + padding) * 4
    elif layer == 3 and not mpeg1:
        length = 72 * bits_per_second // rate + padding
    else:
        length = 144 * bits_per_second // rate + padding
    return length, word & 0xFFFE0C00


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/emodb/wav"))
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args()
    starts = one = two = 0
    for path in sorted(glob.glob(os.path.join(args.folder, "*.wav")))[:args.files]:
        for encoding in (["-e", "signed", "-b", "16"], ["-e", "mu-law"], ["-e", "a-law"]):
            data = subprocess.run(["sox", path, "-t", "raw", "-r", "8000"] + encoding + ["-"], capture_output=True, check=True).stdout
            for at in range(len(data)):
                starts += 1
                first = header(data, at)
                if first:
                    one += 1
                    second = header(data, at + first[0])
                    two += bool(second and second[1] == first[1])
    print(f"starting bytes {starts:,}; one header {one:,}; two in a row (refused) {two:,}")


if __name__ == "__main__":
    main()

# Praat reference for Undertone's jitter, shimmer and HNR (Tools/compare_voice_quality.py).
#
# For one sound (a voiced stretch): To Pitch (ac) with the given floor and ceiling and Praat's other
# defaults; "To PointProcess (peaks)" (waveform maxima one period apart, as Undertone's cycle marks);
# jitter (local) and shimmer (local) with Praat's standard voice-report arguments (period 0.0001-0.02 s,
# maximum period factor 1.3, maximum amplitude factor 1.6); mean HNR of "To Harmonicity (ac)" (time
# step 0.01 s, floor, silence threshold 0.1, 4.5 periods per window). Writes one tab-separated line:
# jitter_local_pct, shimmer_local_pct, hnr_db. Always give a real output path (never /dev/null).
#
#   praat --run voice_quality.praat in.wav out.txt 60 500

form Voice quality
    sentence Input in.wav
    sentence Output out.txt
    positive Floor 60
    positive Ceiling 500
endform

sound = Read from file: input$
selectObject: sound
pitch = To Pitch (ac): 0.01, floor, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, ceiling
selectObject: sound, pitch
points = To PointProcess (peaks): "yes", "no"
selectObject: points
jitter = Get jitter (local): 0, 0, 0.0001, 0.02, 1.3
selectObject: sound, points
shimmer = Get shimmer (local): 0, 0, 0.0001, 0.02, 1.3, 1.6
selectObject: sound
harmonicity = To Harmonicity (ac): 0.01, floor, 0.1, 4.5
hnr = Get mean: 0, 0
writeFileLine: output$, fixed$ (100 * jitter, 3), tab$, fixed$ (100 * shimmer, 3), tab$, fixed$ (hnr, 2)
removeObject: sound, pitch, points, harmonicity

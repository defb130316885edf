# syllable_nuclei.praat — syllable-nucleus detection and speech rate, batch mode.
#
# Written for Undertone's rate evaluation from the method described in
#   N. H. de Jong & T. Wempe (2009), "Praat script to detect syllable nuclei and
#   measure speech rate automatically", Behavior Research Methods 41(2):385-390,
# with the threshold and pause rules of the method's later form (threshold relative
# to the 99th-percentile intensity, pauses from "To TextGrid (silences)").
#
# Method, per file:
#   1. Intensity contour (dB), "To Intensity" with the given minimum pitch (its window is
#      3.2 / minimum pitch, e.g. 64 ms at 50 Hz, which smooths away single pitch periods)
#      and time step; the mean is subtracted, so only level differences matter.
#   2. Threshold = reference intensity + silence_db, where the reference is the
#      reference_quantile of the intensity values (0.99 = 99th percentile; 1 = maximum)
#      and silence_db is negative (default -25 dB).
#   3. Candidate nuclei = local maxima of the contour at or above the threshold, taken in
#      time order; "dip" = the lowest intensity between the previous nucleus and the candidate.
#      dip_rule "both" (default; the paper's "preceded and followed by dips"): the candidate is
#      a new nucleus only if the dip lies at least min_dip dB below both it and the previous
#      nucleus; otherwise the two are one nucleus, placed at the higher maximum.
#      dip_rule "preceding": a new nucleus if the dip lies at least min_dip dB below the
#      candidate; otherwise the candidate is dropped.
#      The first candidate is accepted as it is (the file start acts as a dip).
#   4. Nuclei that are not voiced are dropped: the pitch contour ("To Pitch", autocorrelation)
#      must be defined at the nucleus time.
#   5. Pauses: "To TextGrid (silences)" on the same intensity contour, silent below the same
#      threshold, silent intervals shorter than min_pause removed, sounding intervals shorter
#      than min_sounding removed. Speaking time = total duration of the sounding intervals.
#
# Usage:
#   praat --run syllable_nuclei.praat LIST OUT silence_db min_dip min_pause \
#         intensity_min_pitch time_step pitch_floor pitch_ceiling reference_quantile min_sounding dip_rule
#   e.g. praat --run syllable_nuclei.praat files.list nuclei.tsv -25 2 0.3 50 0.01 75 600 0.99 0.1 both
# (Praat needs every argument on the command line; the form shows the defaults.)
# LIST: a text file, one input sound path per line. OUT: a tab-separated results table
# (overwritten), one row per input:
#   file  n_syllables  n_peaks  duration_s  speech_s  span_s  n_pauses  pause_s  threshold_db  nuclei_s
# n_peaks = nuclei before the voicing check; speech_s = speaking time (sounding intervals);
# span_s = start of the first to end of the last sounding interval; n_pauses / pause_s =
# silent intervals between sounding ones; nuclei_s = nucleus times (s), space-separated.
# All paths must be real files (never /dev/null).

form Syllable nuclei (batch)
    sentence List_file files.list
    sentence Output_file nuclei.tsv
    real Silence_db -25
    positive Min_dip_db 2
    positive Min_pause_s 0.3
    positive Intensity_min_pitch_hz 50
    real Time_step_s 0.01
    positive Pitch_floor_hz 75
    positive Pitch_ceiling_hz 600
    positive Reference_quantile 0.99
    positive Min_sounding_s 0.1
    word Dip_rule both
endform

if dip_rule$ <> "both" and dip_rule$ <> "preceding"
    exitScript: "dip_rule must be both or preceding, not ", dip_rule$
endif

writeFileLine: output_file$, "file", tab$, "n_syllables", tab$, "n_peaks", tab$, "duration_s", tab$,
... "speech_s", tab$, "span_s", tab$, "n_pauses", tab$, "pause_s", tab$, "threshold_db", tab$, "nuclei_s"

list = Read Strings from raw text file: list_file$
n_files = Get number of strings
for i_file to n_files
    selectObject: list
    path$ = Get string: i_file
    if length (path$) > 0
        @analyse: path$
        appendFileLine: output_file$, path$, tab$, analyse.n_syllables, tab$, analyse.n_peaks, tab$,
        ... fixed$ (analyse.duration, 4), tab$, fixed$ (analyse.speech, 4), tab$, fixed$ (analyse.span, 4), tab$,
        ... analyse.n_pauses, tab$, fixed$ (analyse.pause, 4), tab$, fixed$ (analyse.threshold, 2), tab$,
        ... analyse.nuclei$
    endif
endfor
removeObject: list

procedure analyse: .path$
    .sound = Read from file: .path$
    .duration = Get total duration

    # 1. Intensity contour and its values as a vector
    .intensity = To Intensity: intensity_min_pitch_hz, time_step_s, "yes"
    .n_frames = Get number of frames
    .t1 = Get time from frame number: 1
    .dt = Get time step
    .max = Get maximum: 0, 0, "None"
    if reference_quantile >= 1
        .reference = .max
    else
        .reference = Get quantile: 0, 0, reference_quantile
    endif
    # 2. Threshold
    .threshold = .reference + silence_db
    .matrix = Down to Matrix
    .v## = Get all values
    removeObject: .matrix

    # 3. Intensity peaks with dips of at least min_dip dB on both sides
    .n_peaks = 0
    .peak# = zero# (.n_frames)
    .last_value = undefined
    .dip = 1e30
    for .k from 2 to .n_frames - 1
        .x = .v## [1, .k]
        if .x < .dip
            .dip = .x
        endif
        if .x > .v## [1, .k - 1] and .x >= .v## [1, .k + 1] and .x >= .threshold
            if .n_peaks = 0
                .n_peaks = 1
                .peak# [1] = .k
                .last_value = .x
            elsif dip_rule$ = "preceding"
                if .x - .dip >= min_dip_db
                    .n_peaks += 1
                    .peak# [.n_peaks] = .k
                    .last_value = .x
                endif
            elsif min (.x, .last_value) - .dip >= min_dip_db
                # a real dip between the previous nucleus and this one: a new nucleus
                .n_peaks += 1
                .peak# [.n_peaks] = .k
                .last_value = .x
            elsif .x > .last_value
                # too shallow a dip: the same nucleus, moved to the higher maximum
                .peak# [.n_peaks] = .k
                .last_value = .x
            endif
            # (a lower maximum behind a shallow dip is dropped; the dip search goes on)
            if .peak# [.n_peaks] = .k
                .dip = .x
            endif
        endif
    endfor

    # 4. Keep voiced nuclei only
    selectObject: .sound
    .pitch = To Pitch: 0, pitch_floor_hz, pitch_ceiling_hz
    .n_syllables = 0
    .nuclei$ = ""
    for .p to .n_peaks
        .t = .t1 + (.peak# [.p] - 1) * .dt
        .f0 = Get value at time: .t, "Hertz", "linear"
        if .f0 <> undefined
            .n_syllables += 1
            .nuclei$ = .nuclei$ + if .n_syllables > 1 then " " else "" fi + fixed$ (.t, 3)
        endif
    endfor

    # 5. Pauses and speaking time from the silences TextGrid (threshold relative to the maximum)
    selectObject: .intensity
    .grid = To TextGrid (silences): .threshold - .max, min_pause_s, min_sounding_s, "silent", "sounding"
    .n_intervals = Get number of intervals: 1
    .speech = 0
    .first = undefined
    .last = undefined
    .n_pauses = 0
    .pause = 0
    .silent_run = 0
    for .j to .n_intervals
        .label$ = Get label of interval: 1, .j
        .start = Get start time of interval: 1, .j
        .end = Get end time of interval: 1, .j
        if .label$ = "sounding"
            .speech += .end - .start
            if .first = undefined
                .first = .start
            elsif .silent_run > 0
                # a silent interval between two sounding ones: a pause
                .n_pauses += 1
                .pause += .silent_run
            endif
            .last = .end
            .silent_run = 0
        else
            .silent_run = .end - .start
        endif
    endfor
    if .first = undefined
        .span = 0
    else
        .span = .last - .first
    endif
    removeObject: .sound, .intensity, .pitch, .grid
endproc

# Praat pitch reference for Undertone's evaluation (Tools/eval_pitch.py, Benchmarks/pitch_speed.sh).
#
# Runs "To Pitch (ac)" with the given floor, ceiling and time step and Praat's
# defaults for everything else (15 candidates, not "very accurate", silence
# threshold 0.03, voicing threshold 0.45, octave cost 0.01, octave-jump cost 0.35,
# voiced/unvoiced cost 0.14), and writes a tab-separated table with a header
# "time<TAB>f0" and one row per analysis frame: frame centre in seconds and F0 in
# Hz, 0 when the frame is unvoiced.
#
# Single file:  praat --run pitch_ac.praat in.wav out.txt 60 500 0.01
# Batch:        praat --run pitch_ac.praat files.list done.txt 60 500 0.01
#   where files.list holds one "in.wav<TAB>out.txt" pair per line; the second
#   argument then names a marker file written when every pair is done.
# Always give real file paths (never /dev/null) for outputs.

form Pitch (ac)
    sentence Input in.wav
    sentence Output out.txt
    positive Floor 60
    positive Ceiling 500
    positive Time_step 0.01
endform

if endsWith (input$, ".list")
    pairs = Read Strings from raw text file: input$
    numberOfPairs = Get number of strings
    for pairIndex to numberOfPairs
        selectObject: pairs
        pair$ = Get string: pairIndex
        if pair$ <> ""
            separator = index (pair$, tab$)
            if separator = 0
                exitScript: "Line ", pairIndex, " of ", input$, " has no tab."
            endif
            @trackOne: left$ (pair$, separator - 1), mid$ (pair$, separator + 1, length (pair$))
        endif
    endfor
    removeObject: pairs
    writeFileLine: output$, "done ", numberOfPairs
else
    @trackOne: input$, output$
endif

procedure trackOne: .in$, .out$
    .sound = Read from file: .in$
    .pitch = To Pitch (ac): time_step, floor, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, ceiling
    # Avoid variable names that are also object attributes (x1, dx, row...) in Formula.
    .firstTime = Get time from frame number: 1
    .stepTime = Get time step
    # Pitch -> Matrix holds F0 in Hz per frame, 0 where unvoiced.
    .matrix = To Matrix
    .column = Transpose
    .tableOfReal = To TableOfReal
    .table = To Table: "time"
    Set column label (index): 2, "f0"
    Formula: "time", ~ .firstTime + (row - 1) * .stepTime
    Save as tab-separated file: .out$
    removeObject: .sound, .pitch, .matrix, .column, .tableOfReal, .table
endproc

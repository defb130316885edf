import Testing
@testable import UndertoneText

/// Text round 34: praise set against a negative situation is sarcasm (`LexiconScorer`, rule 9), pinned by
/// sentences whose expected sign and size are stated (probes: Tools/lexicon_trials/text_round34_*_probes.tsv).
@Suite struct SarcasmTests {
    @Test func anExclamationBeforeANegativeSituationIsTurned() {
        // "great" +3.1 turned to −3.1, beside "on hold" −1.5 and "hour" −0.4: ≈ −0.79 (it read +0.30).
        #expect(en("Great, another hour on hold.") < -0.75)
        #expect(enWeight(of: "great", in: "Great, another hour on hold.") == -3.1)
        #expect(en("Oh great, you're transferring me again.") < -0.8)        // after a lead, "oh"
        #expect(en("Well that's just great, my bill went up again.") < -0.6)  // three leads
        // A verb of liking with what is liked: "love being" +3.2 → −3.2, with "ignored" −1.3 ≈ −0.76.
        #expect(en("I love being ignored.") < -0.7)
        // 棒 2.5 × 真 1.5 turned, with 个小时 and 又: ≈ −0.79 (it read +0.53).
        #expect(zh("真棒，又让我等半个小时。") < -0.75)
        #expect(zh("哇，太好了，又掉线了。") < -0.7)
    }

    @Test func praiseWithNoNegativeSituationStaysPraise() {
        #expect(en("Great, that fixed it, thank you.") > 0.8)                  // the situation praises
        #expect(en("Great, not a problem.") > 0.7)                             // … or is negated
        #expect(en("Great, I'll wait for the email then.") > 0.6)              // no negative word
        #expect(en("I love being here.") > 0.6 && en("I love you guys. My internet is down.") > 0.6)
        #expect(en("Great news, the refund went through.") > 0.4)             // no exclamation; a remedy
        // A trouble that ended or was only feared is relief: "stopped" (−0.9), 担心 (−1.2) keep their valence.
        #expect(en("Perfect, the noise stopped.") > 0.4)
        #expect(zh("太好了，我还担心没打通呢。") > 0.3)                               // it read −0.30
        // A statement is no exclamation: only leads and degree adverbs may come before it in its clause.
        #expect(enWeight(of: "nice", in: "It's nice to know they are still up above my head.") == 1.8)
        #expect(zhWeight(of: "棒", in: "包装挺棒的！送货有点点慢！") ?? 0 > 0)
        // A dampened criticism (略 "slightly") after praise is a mixed review, not sarcasm.
        #expect(zhWeight(of: "棒", in: "非常棒，就是这送餐费略贵。") ?? 0 > 0)
        // The agent's announcement of a hold is no complaint (it read −0.60 through "on hold").
        #expect(en("Great, let me put you on hold for a moment.") > 0.6)
        #expect(en("You put me on hold for an hour.") < -0.85)
    }

    @Test func onlyTheSpeakersPlightIsSarcasm() {
        // Praise before a fault report with no plight word ("me", "again", 又, a pending phrase) stays praise: the
        // agent's diagnosis (it read −0.81 on the review's draft, without the plight test).
        #expect(en("Great, so the problem is the router.") > 0)
        #expect(en("Perfect, the error code tells me the modem is faulty.") > -0.5)   // "tells me" is no plight
        #expect(zh("太好了，我这边看到是线路故障。") > 0.2)
        // With one, it is sarcasm; a praise word after a pending phrase is what has not happened.
        #expect(en("Great, so the problem is the router again.") < -0.6)
        #expect(en("Yeah great, still no internet.") < -0.6)                   // a lead with a valence, a pending phrase
        #expect(zh("哦，太好了，还是没网。") < -0.6)
        #expect(zh("太好了，还没修好。") < -0.6)
    }

    @Test func setFormulasOfSarcasmAndTaiHaoLe() {
        // 太好了 was 太 + the plain word 好了 and read nothing; 2.5 → ≈ +0.54.
        #expect(zh("太好了") > 0.5 && zh("太好了，终于不卡了。") > 0.5)
        #expect(zh("不太好了") < -0.4)                                         // negated
        #expect(zh("你们可真行啊。") < -0.8)                                    // −1.5 × 4 for the listener
        #expect(zh("真行，一下就弄好了。") >= 0)
    }

    @Test func userLexiconsCanListExclamationsLeadsPlightAndRelief() throws {
        let lexicon = try LexiconFileReader.parse("swell\t2.0\nswell\texclamation\nwell then\tlead\nfixed up\trelief\nlately\tplight\n", source: "test")
        let analyzer = try SentimentAnalyzer(language: .english, userLexicons: [lexicon])
        #expect(analyzer.score("Swell, another hour on hold.").valence < -0.6)
        #expect(analyzer.score("Swell, the line is bad lately.").valence < -0.6)
        #expect(analyzer.score("Swell, the line is bad.").terms.first { $0.term == "swell" }?.weight == 2.0)
        #expect(analyzer.score("Well then swell, another hour on hold.").valence < -0.6)
        #expect(analyzer.score("Swell, the outage got fixed up.").valence > 0)
        #expect(en("Swell, another hour on hold.") < 0)                       // built in: no exclamation, on hold
    }
}

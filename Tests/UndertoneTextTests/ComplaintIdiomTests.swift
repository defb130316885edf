import Testing
@testable import UndertoneText

/// Text round 35: everyday complaint idioms the lexicons missed, charges never agreed to, reported promises and the
/// empathy formulas of agents, pinned by sentences whose expected sign and size are stated (probes:
/// Tools/lexicon_trials/text_round35_*_probes.tsv; docs/history/text-sentiment.md, text round 35).
@Suite struct ComplaintIdiomTests {
    @Test func everydayIdiomsAreComplaints() {
        // Each read 0 (VADER's lexicon has no "nightmare"; 噩梦 and 什么态度 were in neither list): −2.0 → ≈ −0.46.
        #expect(en("It's been a nightmare.") < -0.4 && zh("简直是噩梦") < -0.4)
        #expect(zh("你们这是什么态度") < -0.8)                        // −1.5 × 4 for the listener
        // The thanks counts nothing over a complaint: "Thanks for the runaround." read +0.44.
        #expect(en("Thanks for the runaround.") < -0.4)
        #expect(en("Thank you so much for hanging up on me.") < -0.5)
        // Conduct: forbidden, it stays a complaint ("don't" no longer flips it into praise).
        #expect(en("Please don't give me the runaround.") < -0.4)
        // A negated idiom is one term, so its negator does not flip it: "That's not my problem." read +0.31.
        #expect(en("That's not my problem.") < -0.3 && en("I don't have all day.") < -0.3)
        #expect(zh("这不是我的问题") < -0.2)                          // a negated 问题 counted nothing
        // "Unbelievable." is exasperation in a call (VADER +0.8); "honestly" is a discourse marker (VADER +2.0), so
        // "Honestly, I'm done with you people." no longer cancels to 0.
        #expect(en("Unbelievable.") < -0.3 && en("Honestly, I'm done with you people.") < -0.4)
    }

    /// Text round 37 (its name rule was not adopted; these lexicon forms were): "without" negated VADER's
    /// "warning" into praise, and only "overcharged" was a word.
    @Test func withoutWarningIsNoPraiseAndOverchargingIsAComplaint() {
        #expect(en("They raised my price without any warning.") == 0)   // read +0.26
        #expect(en("They cut me off without warning.") < -0.2)          // read −0.02: −1.1 + a negated warning +1.04
        #expect(en("We would never cut you off without warning.") == 0) // neutral, so no blame either
        #expect(en("You keep overcharging me.") < -0.8)                 // read 0
    }

    @Test func literalSensesStayCalm() {
        // The review's traps: the idioms are listed with what makes them a complaint.
        #expect(en("The payment bounced from my old account.") == 0)
        #expect(en("I never ordered from you before.") == 0 && en("I signed up for the new plan last week.") == 0)
        #expect(zh("昨晚做了个噩梦") == 0 && zh("我刚拖了地") == 0)
        #expect(zh("我没开通过国际漫游，怎么开通") == 0)
        // Charges never agreed to, with what was charged: −1.5 × 4 for "you" → ≈ −0.9.
        #expect(en("You charged me for something I never ordered.") < -0.8)
        #expect(zh("我没有开通这个业务") < -0.25)
    }

    @Test func aReportedPromiseIsNeitherPraiseNorComplaint() {
        // Irrealis: what was promised is no praise, and a kept promise no complaint.
        #expect(en("They told me it would be sorted quickly.") == 0)
        #expect(en("I was told it would arrive Monday and it did.") == 0)
        #expect(zh("上次你们说会很快处理好") == 0)                    // read +0.54
        #expect(zh("之前说会有人上门安装，请问大概几点到？") == 0)
        // The rhetorical "didn't you say you would" is a complaint, like 不是说好: −1.0 × 4 → ≈ −0.72.
        #expect(zh("你们上次不是说会有人联系我吗") < -0.7)
    }

    @Test func anAgentsEmpathyIsNoComplaint() {
        // VADER's frustration −2.1 × 4 for "your" read −0.91; inconvenience −1.5 and frustrating −2.0 likewise.
        #expect(en("I understand your frustration.") == 0)
        #expect(en("I apologize for the inconvenience this has caused.") == 0)
        #expect(en("I can see why that would be frustrating.") == 0)
        // The caller's "You don't understand how frustrating this is" stays one (−2.0 × 4).
        #expect(en("You don't understand how frustrating this is.") < -0.8)
    }
}

import Testing
import UndertoneCore
@testable import UndertoneText

/// Text round 52: an agent's words are read with the agent's lexicon (`en/agent.tsv`, `zh/agent.tsv` merged over
/// the built-in ones). A service act or a wait the customer names is a complaint; the agent who names it offers or
/// reports it. Bad news from an agent still counts.
@Suite struct AgentReadingTests {
    func agentEN(_ text: String) -> Double { BuiltInAnalyzers.english.score(text, speaker: .agent).valence }
    func agentZH(_ text: String) -> Double { BuiltInAnalyzers.chinese.score(text, speaker: .agent).valence }

    @Test func serviceActsAnAgentOffersAreNoComplaint() {
        for text in ["I can escalate this to a supervisor for you.", "I've cancelled the order for you.",
                     "I'll log a complaint on your behalf.", "The engineer will call you within 48 hours."] {
            #expect(en(text) < -0.5, "\(text): a customer's words")
            #expect(abs(agentEN(text)) < 0.05, "\(text): an agent's words")
        }
        for text in ["我帮您申请退款", "您的投诉已受理，工单号是4471", "这边已经帮您催单了", "我们会在24小时内给您回复"] {
            #expect(zh(text) < -0.4, "\(text): a customer's words")
            #expect(abs(agentZH(text)) < 0.05, "\(text): an agent's words")
        }
        // Praise the agent adds still counts once the act no longer pulls it down.
        #expect(en("Great news, your refund went through today.") < 0)
        #expect(agentEN("Great news, your refund went through today.") > 0.3)
    }

    @Test func anAgentsApologyIsNoComplaint() {
        #expect(en("I'm so sorry about the wait.") < -0.05)
        #expect(agentEN("I'm so sorry about the wait.") > -0.05)
        #expect(agentEN("I understand how frustrating that must be.") > -0.05)
        let apology = BuiltInAnalyzers.english.score("Sorry for the delay with your refund.", speaker: .agent)
        #expect(apology.valence > -0.05 && apology.politeness > 0.2, "\(apology)")
        #expect(en("We are sorry for your inconvenience.") < -0.05)
        #expect(agentEN("We are sorry for your inconvenience.") > -0.05)
        #expect(zh("我们给您带来不愉快的体验，非常抱歉") < -0.05)
        #expect(agentZH("我们给您带来不愉快的体验，非常抱歉") > -0.05)
    }

    @Test func anAgentsBadNewsStillCounts() {
        // A refused remedy: no complaint from a customer (a refund that did not happen is no praise, and the
        // negated remedy counts nothing), bad news from an agent.
        #expect(abs(en("I'm afraid we can't refund that.")) < 0.05)
        #expect(agentEN("I'm afraid we can't refund that.") < -0.2)
        #expect(agentEN("I'm afraid there's nothing more I can do.") < -0.2)
        #expect(agentZH("很抱歉，这个订单不能退款") < -0.2)
        #expect(agentEN("Unfortunately the refund was declined.") < -0.2)
        #expect(agentZH("非常遗憾，您的申请没有通过") < -0.2)
    }

    @Test func aRemedyTheAgentNegatesIsRefused() {
        // SentimentRules.refusedRemedyValence, whatever words come between the negator and the remedy.
        for text in ["很抱歉，这个订单已经超过七天，不能给您退款了", "按照规定，这种情况是没有赔偿的"] {
            #expect(zh(text) > -0.05, "\(text): a customer's")
            #expect(agentZH(text) < -0.2, "\(text): an agent's")
        }
        #expect(BuiltInAnalyzers.english.score("I'm afraid we can't refund that.", speaker: .agent).terms.first { $0.term == "refund" }?.weight == -1.5)
        // A refund no one needs is no refusal.
        #expect(abs(agentEN("No refund is needed, the charge was reversed.")) < 0.05)
        #expect(agentZH("不需要退款，扣费已经撤销了") > -0.05)
        // The customer's reading keeps the rule off: SentimentRules' default is 0.
        #expect(SentimentRules.english.refusedRemedyValence == 0 && SentimentRules.chinese.forAgent().refusedRemedyValence < 0)
    }

    @Test func anAgentsBrushOffCounts() {
        #expect(agentEN("That's your problem, not ours.") < -0.3)
        #expect(agentZH("这是你自己操作的问题，跟我们没关系") < -0.3)
        #expect(agentZH("爱退不退，随便你") < -0.3)
    }

    @Test func theAgentsYouIsTheCustomerServed() {
        // A customer's "you" aims the negative words of its clause at the listener (× 4); an agent's does not.
        let customer = en("Your payment failed."), agent = agentEN("Your payment failed.")
        #expect(agent < -0.2 && agent > customer + 0.1, "customer \(customer), agent \(agent)")
        #expect(BuiltInAnalyzers.english.score("Your payment failed.", speaker: .agent).terms.first?.weight == -2.3)   // VADER's, × 1
    }

    @Test func customersAndMixedChannelsReadAsBefore() {
        for text in ["I want a refund, or I will cancel.", "Fine, thanks.", "我要投诉，退款！", "等了三个小时还没到"] {
            let analyzer = TextLanguage.detect(text) == .chinese ? BuiltInAnalyzers.chinese : BuiltInAnalyzers.english
            #expect(analyzer.score(text, speaker: .customer) == analyzer.score(text))
            #expect(analyzer.score(text, speaker: .mixed) == analyzer.score(text))
        }
    }

    @Test func detectedLanguagesAndUserLexiconsApplyToTheAgentToo() throws {
        let auto = try SentimentAnalyzer(language: nil)
        #expect(abs(auto.score("我帮您申请退款", speaker: .agent).valence) < 0.05)
        #expect(abs(auto.score("Let me get you a refund right away.", speaker: .agent).valence) < 0.05)
        // A line in one language borrows the other's agent reading: an English act in a Chinese line.
        #expect(auto.score("好的，我帮您 cancel 这个订单").valence < -0.5)
        #expect(auto.score("好的，我帮您 cancel 这个订单", speaker: .agent).valence > -0.05)
        // A user lexicon is merged last, over both readings.
        let user = try LexiconFileReader.parse("refund\tvalence\t-2\n", source: "test")
        let analyzer = try SentimentAnalyzer(language: .english, userLexicons: [user])
        #expect(analyzer.score("Your refund is ready.", speaker: .agent).label == .negative)
    }

    @Test func anAnalyzerBuiltForOneSpeakerReadsThemAsTheFullOneDoes() throws {
        let both = try SentimentAnalyzer(language: nil)
        let customers = try SentimentAnalyzer(language: nil, speakers: [.customer])
        let agents = try SentimentAnalyzer(language: nil, speakers: [.agent])
        let mixed = try SentimentAnalyzer(language: nil, speakers: [.mixed])
        for text in ["I can escalate this to a supervisor for you.", "我帮您申请退款", "This is the third time I'm calling!"] {
            #expect(customers.score(text) == both.score(text))
            #expect(mixed.score(text, speaker: .mixed) == both.score(text, speaker: .mixed))
            #expect(agents.score(text, speaker: .agent) == both.score(text, speaker: .agent))
        }
        // The readings differ, so each analyzer above really read with its own lexicon.
        #expect(customers.score("我帮您申请退款").valence < -0.5)
        #expect(agents.score("我帮您申请退款", speaker: .agent).valence > -0.05)
    }
}

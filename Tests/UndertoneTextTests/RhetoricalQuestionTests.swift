import Testing
@testable import UndertoneText

/// Text round 45: English rhetorical complaint questions. A praise word in a question counts almost nothing and a
/// negative one in a yes/no question a quarter (rule 5), so the questions that complain are listed whole (probes:
/// Tools/lexicon_trials/text_round45_en_probes.tsv; docs/history/text-sentiment.md, text round 45).
@Suite struct RhetoricalQuestionTests {
    @Test func aQuestionThatComplainsIsNegative() {
        // Each read 0: "treat", "care" and "acceptable" are praise words asked about. −2.0 → ≈ −0.46.
        #expect(en("Do you even care?") < -0.4 && en("How is this acceptable?") < -0.4)
        #expect(en("Is that too much to ask?") < -0.4 && en("What am I paying you for?") < -0.4)
        // "your" aims it at the listener: −2.0 × 4 → ≈ −0.9.
        #expect(en("Is this how you treat your customers?") < -0.8)
        // VADER's "cares" +2.0 outweighed "nobody" (−1.0): it read +0.25.
        #expect(en("Nobody cares.") < -0.4)
        // The negator four words back was out of scope: +0.32.
        #expect(en("I don't think this is acceptable at all.") < -0.4)
    }

    @Test func aGenuineQuestionWithTheSameWordsStaysCalm() {
        #expect(en("Is this how you set up the new router?") == 0)
        #expect(en("Do you care if I call back after lunch?") == 0)
        #expect(en("Is that acceptable for you?") == 0)
        // Exasperation needs a verb of attention after "even"; an agent's check is none.
        #expect(en("Do you even need my account number, or is the postcode enough?") == 0)
        // Reassurance, a plan's fair-use policy, the point of contact and a document offered as ID are listed apart.
        #expect(en("No rush, nobody cares if it takes an extra day.") > 0.2)
        #expect(en("How is this fair use limit worked out?") == 0)
        #expect(en("What is the point of contact for billing questions?") == 0)
        #expect(en("Do you think this is acceptable as ID?") == 0)
        // The polite request takes no trouble (VADER's "trouble" −1.7 read −0.14).
        #expect(en("Would it be too much trouble to send a copy by email?") == 0)
    }

    @Test func aNegatedStatementStaysAComplaint() {
        // The statement forms are not listed, so VADER's negated "treat" keeps these complaints.
        #expect(en("You can't treat people like this.") < -0.5)
        // A negator inside the phrase is part of it and flips nothing.
        #expect(en("I have never been treated like this in my life.") < -0.4)
    }
}

/// Text round 47: the Chinese counterpart. 有你们这样做生意的吗？ and 这叫服务吗？ hold no sentiment word, and 这合理吗 asks
/// about a praise word (probes: Tools/lexicon_trials/text_round47_zh_probes.tsv; docs/history/text-sentiment.md, text round 47).
@Suite struct ChineseRhetoricalQuestionTests {
    @Test func aQuestionThatComplainsIsNegative() {
        // Each read 0. −2.0 alone → ≈ −0.46; a 你们 outside the phrase multiplies it by 4.
        for text in ["有这样做生意的吗", "这叫服务吗？", "这像话吗？", "这也叫售后？", "这合理吗？扣了钱还不发货"] {
            #expect(zh(text) < -0.3, "\(text)")
        }
        #expect(zh("你们客服是干什么吃的？") < -0.9)
        #expect(zh("你们怎么能这样对待客户？") < -0.9)
    }

    @Test func aGenuineQuestionWithTheSameWordsStaysCalm() {
        for text in ["有这样的套餐吗？", "这叫什么名字？", "你们还做不做外卖？", "这也叫做分期付款", "您看这样安排合理吗？"] {
            #expect(zh(text) == 0, "\(text)")
        }
        // Negated, how one treats customers is reassurance: a Chinese negated negative word counts nothing.
        #expect(zh("我们不会这样对待顾客的") == 0)
    }

    @Test func theReviewsTrapsStayCalm() {
        // The draft listed bare 这样做生意, 还做不做生意 and 说多少遍, which also praise, ask and reassure.
        #expect(zh("这样做生意很实在，我会常来") > 0.05)
        #expect(zh("你们春节还做不做生意？") == 0 && zh("你们还做不做生意了？") < -0.9)
        #expect(zh("说多少遍都没关系，您慢慢来") > 0.05 && zh("到底要我说多少遍？") < -0.3)
        #expect(zh("微信上这也叫服务号吗？") == 0)
    }

    @Test func theRhetoricalFormsOfRound48Complain() {
        // Text round 48: each read 0.
        for text in ["这叫什么事啊", "你们是怎么做事的？", "客服就是个摆设吗？", "要你们客服有什么用？", "你们是故意的吧", "这样合理吗？",
                     "这么做合适吗？"] {
            #expect(zh(text) < -0.3, "\(text)")
        }
        // 故意的 is conduct: asked in an A-not-A question it still blames, denied it counts nothing.
        #expect(zh("是不是故意的啊你们") < -0.8 && zh("我不是故意的") == 0)
        #expect(zh("你们还有良心吗") < -0.9)
    }

    @Test func round48sTrapsStayCalm() {
        // The review's traps: the same characters inside longer words, an agent's offer, a first-timer's question.
        for text in ["请问这个按钮有什么用？", "请问你们有什么用户福利吗", "我想买个摆设放客厅", "请问这叫什么事项", "您看这样合适吗？",
                     "您觉得这样合理吗？", "我第一次办理，请问这样合理吗？", "这算什么事，小事一桩"] {
            #expect(zh(text) >= 0, "\(text)")
        }
        // 说好 "agreed" before 吃 or 用 stays an agreement; 都说好吃 "everyone says it is tasty" praises.
        #expect(zh("说好用顺丰发的") == 0 && zh("连我妈都说好吃") > 0.3)
    }

    @Test func anAgentNamesTheProblemTheCustomerReported() {
        // Text round 48: 问题 −0.6 × 4 for 您 read −0.53; without 您 the customer's own trouble stays.
        #expect(zh("您反馈的问题我们已经记录了") == 0 && zh("您遇到的问题我已经帮您登记了") == 0)
        #expect(zhWeight(of: "问题", in: "上面说的问题还是没解决") != nil)
    }

    @Test func anAgentsClosingQuestionAsksAboutQuestions() {
        // 问题 "problem" −0.6 × 4 for 您: it read −0.53.
        #expect(zh("请问您还有其他问题吗？") == 0)
        #expect(zh("还有其他问题没解决") < 0)
        // An insult keeps its own phrase.
        #expect(zh("你们脑子有问题吗") < -0.9)
    }
}

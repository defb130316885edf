import Testing
@testable import UndertoneText

/// The rules for what customers write to a service (questions, requests, grudging thanks), pinned by
/// sentences whose expected sign and size are stated.
@Suite struct ServiceContextRuleTests {
    @Test func positiveWordsInAQuestionDoNotCount() {
        // A question asks; its praise words are not praise.
        #expect(en("is there any good news?") == 0)
        #expect(en("good news") > 0.4)
        #expect(zh("味道好吗？") == 0)
        #expect(zh("好吃吗") == 0)                      // 吗 ends a question without "？" too
        #expect(zh("好吃") > 0.4)
        // Negative words in a question count in full: "late" −1.2 → ≈ −0.3 ("so" boosts it further).
        #expect(en("why is my flight so late?") < -0.3)
        #expect(zh("为什么这么慢？") < -0.2)
        // Only the clause the "?" ends: "great crew" (3.1 → ≈ 0.63) still counts.
        #expect(en("Great crew. Can you check my bag?") > 0.5)
    }

    @Test func positiveWordsAfterAWishDoNotCount() {
        // "I hope you can solve it": solve (+0.8) is wished for, not done; hope (+1.9) itself counts.
        #expect(en("I hope you can solve it") < en("hope") + 0.001)
        #expect(en("it would be great if you called back") == 0)
        #expect(en("great, you called back") > 0.5)
        // Negative words after a wish count in full: "I want a refund" (refund −1.0, want +0.3 → ≈ −0.18).
        #expect(en("I want a refund") < -0.15)
        // The marker reaches only its own clause.
        #expect(en("if it rains, the crew was great") > 0.5)
        #expect(zh("希望能尽快解决") == 0)
        #expect(zh("希望能尽快解决，但是服务很好") > 0.3)   // a new clause after the comma, not wished
        #expect(en("I hope it gets fixed but the staff were great") > 0.3) // the wish ends at "but"
        #expect(zh("如果再送晚了") < 0)                    // 送晚了 −2.0 counts in full
        // Requests are wishes too: what is asked for is not yet praise.
        #expect(en("please make it better") == 0)
        #expect(zh("请尽快解决") == 0)
        #expect(zh("这个想法很好") > 0.3)                  // 想法 is a word, not 想 (marker) + 法
    }

    @Test func requestWordsAreNotPraise() {
        // "please" and "help" ask for something: no valence, "please" is still polite.
        let plea = BuiltInAnalyzers.english.score("please help me rebook")
        #expect(plea.valence < 0 && plea.valence > -0.2)    // rebook −0.5 → ≈ −0.13
        #expect(plea.politeness > 0.3)
        #expect(en("please help") == 0)
        #expect(en("very helpful") > 0.4)
        // "Kindly" is a politeness marker (text round 21): in a complaint its valence counts nothing, as "thanks"
        // does, and it may lead a prohibition (VADER's +2.2 read both as praise, +0.67 and +0.49).
        #expect(en("Kindly don't waste my time") == en("Don't waste my time"))
        #expect(en("Kindly refund my money, this is unacceptable") < -0.5)
        #expect(BuiltInAnalyzers.english.score("Kindly check my booking").politeness > 0.3)
        #expect(en("She kindly explained everything") > 0.4)   // a manner word keeps its praise
    }

    @Test func chineseAToNotAQuestionsAskUnlessTheyBlame() {
        // Text round 22: the 不 or 没 of 是不是, 有没有, 满不满意 negated what followed (是不是很好 read −0.25,
        // 你们有没有搞错 0, 满不满意 −0.93). They ask: positive words after them are not praise, negative words
        // count nothing (`askedNegativeWeight` 0) unless they name the listener's conduct.
        #expect(zh("是不是很好用？") == 0 && zh("请问您对这次服务满不满意？") == 0)
        #expect(zh("您有没有遇到扣费异常的情况？") == 0 && zh("会不会太贵了？") == 0)
        #expect(zh("你们是不是把我当傻瓜？") < -0.8 && zh("你们有没有搞错") < -0.8)
        // The question covers one predicate (the review's find): a negated positive word there accuses, and
        // what follows is stated, with or without a comma.
        #expect(zh("你们是不是根本不想解决问题？") < -0.5 && zh("会不会是快递的问题反正我很失望") < -0.5)
        #expect(zh("有没有搞错，服务太差了") < zh("有没有搞错"))
        // Maximum matching keeps the word before them whole (就是 + 不是很满意) and 不要脸 inside 要不要脸.
        #expect(zh("就是不是很满意") == zh("不是很满意") && zh("就是不是很满意") < -0.2)
        #expect(zh("你们要不要脸？") < -0.9)
    }

    @Test func chineseAccusationsDenyAVirtue() {
        // Text round 23: the denied virtue was no word (没有 + 良心 read 0; only 没良心 was one).
        #expect(zh("你们还有没有良心？") < -0.8 && zh("你们这些人真是没有良心。") < -0.8)
        #expect(zh("你们的客服一点诚意都没有。") < -0.5 && zh("这么大的公司不讲诚信。") < -0.5)
        // They name the listener's conduct, so a question word before them does not make them a question.
        #expect(zh("你们是不是没有良心？") < -0.8)
        // The virtues alone stay out (having one is no complaint), and so do the compounds the phrases would
        // swallow from the same first character (the review's finds): 良心价, 人性化, 不管事故.
        #expect(zh("这家店老板很有良心") == 0 && zh("请问还有没有良心价的套餐？") == 0)
        #expect(zh("有没有人性化一点的方案？") == 0 && zh("不管事故原因是什么") == 0)
        #expect(zh("不管事情大小，我们都会认真处理。") > 0 && zh("你们经理根本不管事") < -0.5)
        // 有没有人管 alone asks; 还有没有人管 complains.
        #expect(zh("请问晚上有没有人管前台？") == 0 && zh("你们还有没有人管啊！") < -0.5)
    }

    @Test func serviceNounsAnswersAndReportsAreNotPraise() {
        // VADER would read each of these as praise (number +0.3, yes +1.7, support +1.7, promised +1.5).
        #expect(en("my order number is 4 5 2") == 0)
        #expect(en("Yes, that's the right address.") == 0)
        #expect(en("Dear customer support, I'd like to check my credit card agreement") == 0)
        #expect(en("the credits have not been applied") == 0)
        // A reported promise leaves the complaint around it as negative as alone (refund −1.0 → ≈ −0.25).
        #expect(en("I was promised a refund") < -0.2)
        // Real praise next to them still counts.
        #expect(en("yes, the support was excellent") > 0.5)
        // Where "like" and "well" do carry feeling, phrases keep their old value (like +1.5 negated ≈ −1.1
        // → ≈ −0.27; well +1.1 → ≈ +0.27).
        #expect(en("I don't like how I was treated") < -0.25)
        #expect(en("I didnt like it") < -0.25)
        #expect(en("it works well now") > 0.25)
        #expect(en("I'd like to check my order") == 0)
    }

    @Test func thanksInAComplaintIsNotPraise() {
        // English: the rest is negative, so "thanks" adds nothing (VADER would add +1.9).
        let grudging = BuiltInAnalyzers.english.score("thanks for keeping me on hold for an hour")
        #expect(grudging.valence < -0.35)                   // on hold −1.5, hour −0.4 → ≈ −0.44
        #expect(!grudging.terms.map(\.term).contains("thanks"))
        #expect(grudging.politeness > 0.4)                  // still polite
        // Without a complaint, thanks is still warm.
        #expect(en("thanks, great crew") > en("great crew"))
        // Chinese 谢谢 in a complaint keeps its valence (chosen on the tuning split).
        #expect(zh("谢谢，等了半天还没送到") > zh("等了半天还没送到"))
    }

    @Test func negativeWordsAimedAtTheListenerWeighMore() {
        // "terrible" −2.1 after "is"… alone ≈ −0.48; with "your" in its clause × 4 → −8.4 ≈ −0.91.
        #expect(en("the service is terrible") > -0.5)
        #expect(en("the service is terrible") < -0.45)
        #expect(en("your service is terrible") < -0.9)
        // Only the clause that holds the second-person word: "you know" after a comma is another clause.
        #expect(en("the service is terrible, you know") == en("the service is terrible"))
        #expect(en("you called. the line is terrible") == en("the service is terrible"))
        // Nor past a contrastive conjunction: the rude agent is not aimed at the "you" who fixed it.
        #expect(en("the agent was rude but you fixed it") == en("the agent was rude but they fixed it"))
        // Praise aimed at the listener is not changed, and a span that praises is not blame:
        // "you solved my problem" is a resolution (problem −1.7 stays × 1).
        #expect(en("you were great") == en("they were great"))
        #expect(en("you solved my problem") == en("they solved my problem"))
        #expect(en("you never called back") < -0.85)        // never called back −1.8 × 4 ≈ −0.88
        #expect(en("you didn't fix the problem") < -0.9)    // not "problem" negated into praise
        #expect(en("your service is a joke") < -0.8)        // −1.5 × 4 ≈ −0.84, not VADER's "joke" +1.2
        // Chinese × 4: 很差 −3 ≈ −0.61 → −12 ≈ −0.95, with 你们 or the polite 您.
        #expect(zh("服务很差") > -0.65)
        #expect(zh("你们服务很差") < -0.94)
        #expect(zh("您的服务很差") < -0.94)
        #expect(zh("你们很好") == zh("很好"))
        #expect(zh("迷你音箱坏了") == zh("音箱坏了"))          // 迷你 "mini" is a word, not 迷 + 你
        // "thank you" is one politeness phrase, not a second-person word: the clause is not addressed.
        #expect(en("thank you, the line is terrible") <= en("the line is terrible"))
    }

    @Test func aUserLexiconSetsTheListenerWeight() throws {
        // The weight is the second-person word's, so `--lexicon` can change it (1 leaves the words as
        // they are, below 1 damps them).
        let off = try SentimentAnalyzer(language: .english,
                                        userLexicons: [LexiconFileReader.parse("your\taddressee\t1\n", source: "t.tsv")])
        #expect(off.score("your service is terrible").valence == en("the service is terrible"))
        let stronger = try SentimentAnalyzer(language: .english,
                                             userLexicons: [LexiconFileReader.parse("your\taddressee\t6\n", source: "t.tsv")])
        #expect(stronger.score("your service is terrible").valence < en("your service is terrible"))
        // The largest weight in the clause counts, whichever comes first: "your" (6) with "you" (4).
        #expect(stronger.score("your service is terrible you know").valence == stronger.score("your service is terrible").valence)
        let damped = try SentimentAnalyzer(language: .english,
                                           userLexicons: [LexiconFileReader.parse("your\taddressee\t0.5\n", source: "t.tsv")])
        #expect(damped.score("your service is terrible").valence > en("the service is terrible"))
    }

    @Test func negativeWordsInAYesNoQuestionAreAskedAbout() {
        // "is that a problem?" asks; "problem" −1.7 weighs × 0.25 → ≈ −0.11, asserted ≈ −0.40.
        #expect(en("that is a problem") < -0.35)
        #expect(en("is that a problem?") > -0.15)
        #expect(en("is that a problem?") < 0)
        // A request to the listener: "again" −0.8 × 0.25, then × 4 aimed at the listener ≈ −0.20, where
        // the assertion "you sent it again" is blame (−3.2 ≈ −0.64).
        #expect(en("can you send it again?") > -0.25)
        #expect(en("you sent it again") < -0.6)
        // Only a clause ended by "?" whose first word is an auxiliary or modal: a wh-question and a
        // negated auxiliary (biased, often rhetorical) count in full, as does the same clause unasked.
        #expect(en("why is my flight so late?") < -0.3)
        #expect(en("can't you do better?") < -0.8)
        #expect(en("is that a problem. ok") == en("that is a problem. ok"))
        // Chinese 吗 ends yes/no questions and rhetorical complaints alike (有用吗？): counted in full.
        #expect(zh("服务这么差吗？") == zh("服务这么差？"))
    }

    @Test func incredulityAndEagernessAreNotNegation() {
        // "can't believe" exclaims: "never called back" −1.8 × 4 ≈ −0.88 is not flipped into praise.
        #expect(en("I can't believe you never called back.") < -0.85)
        #expect(en("I cannot believe how good this is.") == en("how good this is."))
        #expect(en("I can't believe how good this is.") > 0.4)
        // "can't wait" looks forward: "give up" −1.5 is not flipped into praise (was +1.11 → ≈ +0.27).
        #expect(en("Can't wait to give up my gold status.") < -0.3)
        #expect(en("I can't wait either :)") > 0.3)
    }

    @Test func apologyFormulasAreNotComplaints() {
        // "bother" −1.4 and "trouble" −1.7 would make a polite opening negative, and "you" aimed at the listener.
        let opening = BuiltInAnalyzers.english.score("Sorry to bother you, I have a quick question.")
        #expect(opening.valence == 0)
        #expect(opening.politeness > 0.3)
        #expect(en("sorry for the trouble") == 0)
        #expect(en("Sorry to keep you waiting.") == 0)
        #expect(zh("抱歉让您久等了") == 0)
        #expect(zh("给您添麻烦了") == 0)
        #expect(en("you are a bother") < -0.5)              // the word itself keeps its valence
    }

    @Test func resignationIsDissatisfactionHoweverPolite() {
        // "OK" is polite, "given up" −1.5 → ≈ −0.36: the polite-words-over-dissatisfaction signature.
        let resigned = BuiltInAnalyzers.english.score("It's OK. I've already given up on them.")
        #expect(resigned.valence < -0.3)
        #expect(resigned.politeness > 0.3)
        // "don't bother" declines: one token with no role, not "don't" flipping "bother" (−1.4) into praise
        // (+0.26); "why bother" is the complaint.
        #expect(en("Don't bother calling back.") == 0)
        #expect(en("Oh don't bother, it's fine, thank you!") > 0.4)
        #expect(en("Why do I bother calling you?") < -0.5)  // −1.5, aimed at the listener × 4 → ≈ −0.84
        // "patience has run out" −2.5 → ≈ −0.54 outweighs the thanks before it.
        #expect(en("Thanks. My patience has run out.") < -0.5)
        // Negated, the phrase is encouragement, not a complaint.
        #expect(en("Never give up!") > 0)
    }

    @Test func epistemicAdverbsBoostAndDisbeliefComplains() {
        // "certainly" says how sure, not how glad: it boosts "problem" (−1.7 × 1.3 → ≈ −0.50), where
        // VADER's +1.4 made the sentence almost neutral (−0.08).
        #expect(en("This is certainly a problem.") < en("This is a problem.") && en("This is certainly a problem.") < -0.45)
        #expect(en("I definitely recommend them") > en("I recommend them"))
        #expect(en("Definitely!") == 0 && en("Surely you know.") == 0)   // VADER: +1.7, +1.9
        // "You are kidding me." is disbelief (−1.5 → ≈ −0.36), not VADER's kidding +0.4; "Just kidding!" keeps it.
        #expect(en("You are kidding me.") < -0.3 && en("Just kidding!") > 0)
        // "On the other hand" is a contrast: what follows weighs more (×1.5), what came before less (×0.5).
        #expect(en("The staff were great. On the other hand, the wait was awful.") < -0.3)
        #expect(en("The staff were great. The wait was awful.") > 0)
        // Negated, a manner adverb's praise is still a complaint: "clearly" keeps its valence.
        #expect(en("I can't hear clearly.") < -0.25)
    }

    @Test func chineseJudgementsOfTheServiceCountAndFaultReportsDoNot() {
        // How staff treat the customer is a complaint: 推来推去 −2.5 with 一直 −0.4 → ≈ −0.60.
        #expect(zh("客服一直推来推去") < -0.5)
        #expect(zh("客服爱理不理") < -0.5)
        // A device's fault is the problem the customer asks help with, not a judgement: 闪退 is not scored,
        // only 一直 (−0.4 → ≈ −0.10).
        #expect(zh("手机一直闪退") > -0.2 && zh("手机一直闪退") < 0)
        #expect(zh("物美价廉") > 0.5 && zh("送餐员很敬业") > 0.5)
        // No X好 compounds: in 味道好一般 ("very mediocre") 好 is the degree adverb before 一般 (−0.5 × 1.5).
        #expect(zh("味道好一般") < -0.15)
        // 不理想 is one word, not 不理 ("ignore") followed by the wish marker 想.
        let unsatisfactory = BuiltInAnalyzers.chinese.score("不理想")
        #expect(unsatisfactory.terms.map(\.term) == ["不理想"] && unsatisfactory.valence < -0.3)
        // Admiration is mostly sarcastic in a complaint (我真的佩服…), so 佩服 is not scored.
        #expect(zh("我真的佩服你们") == 0)
        // No word of the round takes characters from its neighbours (its review): 送的快 + 递 read this
        // complaint as +0.20, 服务差 + 不多 and 不熟 + 悉 made calm sentences complaints.
        #expect(zh("你们送的快递到现在都没到") < -0.5)
        #expect(zh("两家的服务差不多") == 0 && zh("我对这个操作不熟悉") == 0)
        // An agent's apology formula is no complaint, although 您 weighs the words near it ×4.
        #expect(zh("给您带来不便，非常抱歉") == 0)
    }

    @Test func chineseExasperationAndInabilityComplain() {
        // Text round 16: exasperation and the potential complement V不C. 受不了 "can't stand it" −2.0 → ≈ −0.46,
        // 解决不了 one word (−1.8), not 解决 (+1) left standing before 不了.
        #expect(zh("受不了") < -0.4)
        #expect(zh("什么都解决不了") < -0.4)
        #expect(zh("真是服了") < -0.3 && zh("备注有什么用啊") < -0.3)   // −1.5 each → ≈ −0.36
        // Its review narrowed 服了 and 有什么用 to complaining forms: taking medicine, an agent's offer and a
        // calm question stay neutral, even with 您 (×4 on negative words near it).
        #expect(zh("我已经按时服了药") == 0 && zh("请问您有什么用车需求") == 0)
        #expect(zh("您刚才说了几遍，我没听清") == 0 && zh("您确定要放弃本次修改吗") == 0)
        // 差 in 差多少 is "difference", not "bad".
        #expect(zh("账单和手机统计差多少") == 0)
    }
}

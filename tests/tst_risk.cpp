// Scoring and the fixed vocabularies.

#include "promptcards.h"
#include "risk.h"
#include "vocabulary.h"

#include <QSet>
#include <QTest>

using namespace pm;

template <typename E> void checkVocabulary()
{
    QSet<QString> keys, labels;
    for (E value : allValues<E>()) {
        const QString key = keyOf(value);
        QVERIFY2(!key.isEmpty() && key == key.toLower(), qPrintable(key));
        QCOMPARE(fromKey<E>(key), std::optional<E>(value));
        QVERIFY(!displayName(value).isEmpty());
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        labels.insert(shortLabel(value));
    }
    QCOMPARE(labels.size(), keys.size()); // labels tell values apart without colour
    QCOMPARE(fromKey<E>(QStringLiteral("no-such-key")), std::nullopt);
}

class TestRisk : public QObject
{
    Q_OBJECT

private slots:
    void score_data()
    {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("blast");
        QTest::addColumn<int>("score");
        QTest::addColumn<RiskBand>("band");
        QTest::newRow("lowest") << 1 << 1 << 1 << RiskBand::Low;
        QTest::newRow("low top") << 2 << 2 << 4 << RiskBand::Low;
        QTest::newRow("medium bottom") << 5 << 1 << 5 << RiskBand::Medium;
        QTest::newRow("medium top") << 3 << 3 << 9 << RiskBand::Medium;
        QTest::newRow("high bottom") << 2 << 5 << 10 << RiskBand::High;
        QTest::newRow("high top") << 4 << 4 << 16 << RiskBand::High;
        QTest::newRow("critical bottom") << 4 << 5 << 20 << RiskBand::Critical;
        QTest::newRow("critical top") << 5 << 5 << 25 << RiskBand::Critical;
        QTest::newRow("unscored likelihood") << 0 << 5 << 0 << RiskBand::Unscored;
        QTest::newRow("unscored blast") << 3 << 0 << 0 << RiskBand::Unscored;
        QTest::newRow("out of range") << 6 << 5 << 0 << RiskBand::Unscored;
        QTest::newRow("negative") << -1 << 5 << 0 << RiskBand::Unscored;
    }
    void score()
    {
        QFETCH(int, likelihood);
        QFETCH(int, blast);
        QFETCH(int, score);
        QFETCH(RiskBand, band);
        QCOMPARE(riskScore(likelihood, blast), score);
        QCOMPARE(riskBand(riskScore(likelihood, blast)), band);
    }

    void everyProductHasTheGlossaryBand()
    {
        for (int l = 1; l <= 5; ++l) {
            for (int b = 1; b <= 5; ++b) {
                const int s = l * b;
                const RiskBand expected = s <= 4    ? RiskBand::Low
                                          : s <= 9  ? RiskBand::Medium
                                          : s <= 16 ? RiskBand::High
                                                    : RiskBand::Critical;
                QCOMPARE(riskBand(riskScore(l, b)), expected);
                QVERIFY(s < 17 || s >= 20); // 17-19 cannot occur, as the glossary says
            }
        }
    }

    void seedHasElevenCategories()
    {
        QCOMPARE(vocabularySize<Category>(), 12); // the seed's eleven plus "uncategorised"
        QCOMPARE(keyOf(Category::Uncategorised), QStringLiteral("uncategorised"));
        QCOMPARE(displayName(Category::RaceCondition), QStringLiteral("Race condition"));
        QCOMPARE(shortLabel(Category::TechDebt), QStringLiteral("DEBT"));
    }

    // Every category the room can write about has a card with two or three questions; the
    // placeholder category has none, and no question is asked twice.
    void everyCategoryHasAPromptCard()
    {
        const QList<PromptCard> cards = promptCards();
        QCOMPARE(cards.size(), vocabularySize<Category>() - 1);
        QSet<Category> seen;
        QSet<QString> questions;
        for (const PromptCard &card : cards) {
            QVERIFY(card.category != Category::Uncategorised);
            QVERIFY(!seen.contains(card.category));
            seen.insert(card.category);
            QVERIFY2(card.questions.size() >= 2 && card.questions.size() <= 3,
                     qPrintable(keyOf(card.category)));
            for (const QString &q : card.questions) {
                QVERIFY2(q.endsWith(u'?'), qPrintable(q));
                QVERIFY(!questions.contains(q));
                questions.insert(q);
            }
            QCOMPARE(promptCard(card.category).questions, card.questions);
        }
        QVERIFY(promptCard(Category::Uncategorised).questions.isEmpty());
    }

    void vocabulariesRoundTrip()
    {
        checkVocabulary<Category>();
        checkVocabulary<Phase>();
        checkVocabulary<Role>();
        checkVocabulary<Side>();
        checkVocabulary<ComponentKind>();
        checkVocabulary<MitigationType>();
        checkVocabulary<MitigationStatus>();
        checkVocabulary<Destination>();
        checkVocabulary<Outcome>();
        checkVocabulary<Effect>();
        checkVocabulary<RiskBand>();
        QCOMPARE(vocabularySize<MitigationType>(), 9);
        QCOMPARE(vocabularySize<Phase>(), 8);
    }
};

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"

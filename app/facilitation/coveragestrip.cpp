#include "coveragestrip.h"

#include "palette.h"
#include "promptcards.h"
#include "workshop.h"

#include <QHBoxLayout>
#include <QLabel>

CoverageStrip::CoverageStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const pm::PromptCard &card : pm::promptCards()) {
        auto *chip = new QLabel(this);
        chip->setObjectName(QStringLiteral("coverage_%1").arg(pm::keyOf(card.category)));
        chip->setAlignment(Qt::AlignCenter);
        chip->setToolTip(pm::displayName(card.category));
        layout->addWidget(chip, 1);
        m_chips.insert(int(card.category), chip);
    }
    refresh();
}

void CoverageStrip::setWorkshop(const pm::Workshop *workshop)
{
    m_workshop = workshop;
    refresh();
}

void CoverageStrip::setPresentation(bool on)
{
    m_presentation = on;
    refresh();
}

void CoverageStrip::refresh()
{
    // Hidden notes count too: the number says nothing about what they say.
    m_counts.clear();
    if (m_workshop) {
        for (const pm::Note &note : m_workshop->rows<pm::Note>())
            ++m_counts[int(note.category)];
    }
    const int points = m_presentation ? 15 : 10;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const auto category = pm::Category(it.key());
        const int n = m_counts.value(it.key());
        QLabel *chip = it.value();
        if (n == 0) {
            chip->setText(tr("%1: none yet").arg(pm::shortLabel(category)));
            chip->setStyleSheet(QStringLiteral("QLabel { font-size: %1pt; font-weight: bold; "
                                               "color: #111111; background: white; border: 3px "
                                               "dashed #D55E00; padding: 4px; }")
                                    .arg(points));
        } else {
            const QColor background = theme::categoryColour(category);
            chip->setText(tr("%1: %2").arg(pm::shortLabel(category)).arg(n));
            chip->setStyleSheet(QStringLiteral("QLabel { font-size: %1pt; color: %2; "
                                               "background: %3; border: 1px solid %4; "
                                               "padding: 4px; }")
                                    .arg(points)
                                    .arg(theme::textOn(background).name(), background.name(),
                                         background.darker(140).name()));
        }
        chip->setAccessibleName(tr("%1: %n note(s)", nullptr, n).arg(pm::displayName(category)));
    }
}

#include "templatechooser.h"

#include "workshoptemplate.h"

#include <QCommandLinkButton>
#include <QGridLayout>

namespace {

// Two side by side: at 1366x768 a third column would wrap every description into a tower.
constexpr int kColumns = 2;

} // namespace

TemplateChooser::TemplateChooser(const QString &userTemplateDir, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("templateChooser"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const pm::TemplateLibrary library = pm::loadTemplates(userTemplateDir);
    for (const pm::WorkshopTemplate &t : library.templates) {
        QString name = t.name;
        name.replace(QLatin1Char('&'), QStringLiteral("&&")); // not an access key
        if (!t.builtIn)
            name = tr("%1 (your template)").arg(name);
        auto *button = new QCommandLinkButton(name, t.description, this);
        button->setObjectName(QStringLiteral("template_%1").arg(t.id));
        button->setAccessibleName(name);
        button->setAutoDefault(false);
        // As high as its description needs at the width it gets: the button's own size hint
        // assumes a narrow button and would make each card a tower.
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        policy.setHeightForWidth(true);
        button->setSizePolicy(policy);
        connect(button, &QCommandLinkButton::clicked, this,
                [this, id = t.id] { emit templateChosen(id); });
        const int index = int(m_buttons.size());
        grid->addWidget(button, index / kColumns, index % kColumns);
        m_buttons << button;
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
}

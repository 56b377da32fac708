#include "guide.h"

#include "shortcuts.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QKeySequence>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString keysOf(shortcuts::Id id)
{
    return QStringLiteral("<b>%1</b>").arg(shortcuts::keysText(id).toHtmlEscaped());
}

QString keysOf(const QKeySequence &keys)
{
    return QStringLiteral("<b>%1</b>").arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped());
}

// The platform's main binding of a standard key (the window's action has the others too).
QString keysOf(QKeySequence::StandardKey key)
{
    return keysOf(QKeySequence(key));
}

// What the room does in each phase. A switch without default, so a new phase does not compile
// into a guide that leaves it out (-Wswitch).
QString phaseText(pm::Phase phase)
{
    switch (phase) {
    case pm::Phase::Frame:
        return GuideDialog::tr(
                   "Name the launch or system and write the failure scenario: “It is <date>. <The "
                   "launch> has failed. <What users saw>.” Pick a date about six months ahead.")
            .toHtmlEscaped();
    case pm::Phase::People:
        return GuideDialog::
            tr("List the participants with their role and side. The method needs both the people "
               "who build the system and those who run it: check that no side and no key role is "
               "missing.")
                .toHtmlEscaped();
    case pm::Phase::Writing: {
        QStringList categories;
        for (pm::Category category : pm::allValues<pm::Category>()) {
            if (category != pm::Category::Uncategorised)
                categories << pm::displayName(category);
        }
        return GuideDialog::tr(
                   "Everyone writes failure causes on their own, one per note, without seeing "
                   "the others' notes. Press %1 for a new note. If the room runs dry, prompt "
                   "with the categories: %2.")
            .toHtmlEscaped()
            .arg(keysOf(shortcuts::Id::NewNote),
                 categories.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    case pm::Phase::Cluster:
        return GuideDialog::tr(
                   "Reveal all notes and drag them onto the architecture canvas: components, "
                   "service boundaries, stack layers. A note dropped on a component belongs to "
                   "it. Stack duplicates into one failure mode with %1. Draw what depends on "
                   "what with %2 or a drag from a component's edge: a failure then shows how "
                   "far it reaches.")
            .toHtmlEscaped()
            .arg(keysOf(shortcuts::Id::Stack), keysOf(shortcuts::Id::AddDependency));
    case pm::Phase::Rank:
        return GuideDialog::
            tr("Give each failure mode a likelihood and a blast radius from 1 to 5. The risk is "
               "their product; the highest risks come first. Let everyone score on their own "
               "first, from their phone or with %1, reveal the estimates with %2, discuss the "
               "widest disagreements first and take the median with %3. Dot votes remain for "
               "teams that prefer them.")
                .toHtmlEscaped()
                .arg(keysOf(shortcuts::Id::EnterEstimates), keysOf(shortcuts::Id::RevealEstimates),
                     keysOf(shortcuts::Id::AdoptMedian));
    case pm::Phase::Mitigate:
        return GuideDialog::
            tr("For the top risks, agree on mitigations (automated rollback, feature flag, canary, "
               "monitoring, runbook, design change, …) with an owner and a due date, and decide "
               "where each goes: the backlog, an architecture decision record or the deployment "
               "checklist.")
                .toHtmlEscaped();
    case pm::Phase::Report:
        return GuideDialog::
            tr("Export the results into the tools the team already uses, and share the workshop "
               "file.")
                .toHtmlEscaped();
    case pm::Phase::LookBack:
        return GuideDialog::tr(
                   "Months later, open the file again: mark which failure modes happened and which "
                   "mitigations worked.")
            .toHtmlEscaped();
    }
    return QString();
}

QString shortcutRows()
{
    QString rows;
    for (const shortcuts::Entry &entry : shortcuts::all()) {
        if (entry.keys.isEmpty())
            continue; // menu-only actions are in the menus
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(keysOf(entry.id), shortcuts::text(entry.id).toHtmlEscaped());
    }
    const QList<std::pair<QString, QString>> standard{
        {keysOf(QKeySequence::New), GuideDialog::tr("New workshop")},
        {keysOf(QKeySequence::Open), GuideDialog::tr("Open a workshop")},
        {keysOf(QKeySequence::Undo), GuideDialog::tr("Undo")},
        // The window adds Ctrl+Shift+Z to the platform's Redo keys (UX.md promises it).
        {keysOf(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), GuideDialog::tr("Redo")},
    };
    for (const auto &[keys, text] : standard)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(keys, text.toHtmlEscaped());
    return rows;
}

} // namespace

// Translated text is plain (translators never see markup); it is escaped here and the keys,
// already HTML, go into its placeholders afterwards.
QString guideHtml()
{
    QString html;
    html +=
        QStringLiteral("<h1>%1</h1>").arg(GuideDialog::tr("Running a pre-mortem").toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(GuideDialog::tr(
                     "In a pre-mortem the team imagines that the launch has already failed, six "
                     "months from now, and works backwards to why. Plan about an hour, with a "
                     "facilitator at the keyboard and everyone looking at one projected screen.")
                     .toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2><ul>")
                .arg(GuideDialog::tr("Before the session").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>")
                .arg(GuideDialog::tr("Create the workshop with %1 and give it the launch's name.")
                         .toHtmlEscaped()
                         .arg(keysOf(QKeySequence::New)));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(GuideDialog::tr("On the projector, press %1 for presentation mode: larger "
                                 "type, no panels. %2 leaves it.")
                     .toHtmlEscaped()
                     .arg(keysOf(shortcuts::Id::Presentation), keysOf(shortcuts::Id::CancelText)));
    html += QStringLiteral("<li>%1</li>")
                .arg(GuideDialog::tr("So that everyone writes on their own phone or laptop, press "
                                     "%1 (Workshop > Invite the Room): the projector shows an "
                                     "address and a QR code to join. No account, no install; "
                                     "the notes stay on this computer.")
                         .toHtmlEscaped()
                         .arg(keysOf(shortcuts::Id::InviteRoom)));
    html += QStringLiteral("<li>%1</li></ul>")
                .arg(GuideDialog::tr("There is nothing to save: every change is in the file at "
                                     "once, and every change can be undone with %1.")
                         .toHtmlEscaped()
                         .arg(keysOf(QKeySequence::Undo)));

    html += QStringLiteral("<h2>%1</h2><ol>").arg(GuideDialog::tr("The phases").toHtmlEscaped());
    for (pm::Phase phase : pm::allValues<pm::Phase>())
        html += QStringLiteral("<li><b>%1</b> – %2</li>")
                    .arg(pm::displayName(phase).toHtmlEscaped(), phaseText(phase));
    html += QStringLiteral("</ol>");

    html +=
        QStringLiteral("<h2>%1</h2>").arg(GuideDialog::tr("Keyboard shortcuts").toHtmlEscaped());
    html +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">%1</table>").arg(shortcutRows());
    return html;
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Workshop Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Workshop guide"));
    m_browser->setOpenLinks(false);
    // No colours of its own: the text follows the palette, light or dark.
    m_browser->setHtml(guideHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Room for the text at the user's font size, not a fixed pixel size, but never more than
    // the screen has (large fonts on a laptop).
    const int line = fontMetrics().height();
    QSize size(line * 50, line * 44);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    m_browser->setFocus();
}

GuideDialog *GuideDialog::showFor(QWidget *parent)
{
    QWidget *window = parent->window();
    auto *dialog = window->findChild<GuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new GuideDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

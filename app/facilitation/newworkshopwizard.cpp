#include "newworkshopwizard.h"

#include "datefield.h"
#include "errormessage.h"
#include "workshop.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString suffixed(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".premortem") : path;
}

class LaunchPage : public QWizardPage
{
public:
    explicit LaunchPage(QWidget *parent) : QWizardPage(parent)
    {
        setTitle(NewWorkshopWizard::tr("What is launching?"));
        setSubTitle(NewWorkshopWizard::tr(
            "A pre-mortem imagines that this launch has already failed, and works back to why."));
        auto *name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("launchName"));
        name->setPlaceholderText(NewWorkshopWizard::tr("e.g. Checkout service on Kubernetes"));
        registerField(QStringLiteral("launch*"), name);
        auto *form = new QFormLayout(this);
        form->addRow(NewWorkshopWizard::tr("&Launch or system:"), name);
    }
};

class TemplatePage : public QWizardPage
{
public:
    TemplatePage(const pm::TemplateLibrary &library, QWidget *parent)
        : QWizardPage(parent), m_library(library), m_list(new QListWidget(this)),
          m_description(explanation(QString(), this))
    {
        setTitle(NewWorkshopWizard::tr("What kind of launch is it?"));
        setSubTitle(NewWorkshopWizard::tr("A template puts the usual components on the board and "
                                          "suggests what to look at. You can change all of it."));
        m_list->setObjectName(QStringLiteral("templateList"));
        auto *none = new QListWidgetItem(NewWorkshopWizard::tr("No template: an empty board"));
        none->setData(Qt::UserRole, QString());
        m_list->addItem(none);
        for (const pm::WorkshopTemplate &t : library.templates) {
            auto *item = new QListWidgetItem(
                t.builtIn ? t.name : NewWorkshopWizard::tr("%1 (your template)").arg(t.name));
            item->setData(Qt::UserRole, t.id);
            m_list->addItem(item);
        }
        m_id = new QLineEdit(this); // holds the field; never shown
        m_id->setVisible(false);
        registerField(QStringLiteral("templateId"), m_id);
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_list, 1);
        row->addWidget(m_description, 1);
        m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_description->setObjectName(QStringLiteral("templateDescription"));
        layout->addLayout(row, 1);
        if (!library.problems.isEmpty()) {
            auto *problems = explanation(library.problems.join(QLatin1Char('\n')), this);
            problems->setObjectName(QStringLiteral("templateProblems"));
            problems->setTextFormat(Qt::PlainText);
            layout->addWidget(problems);
        }
        connect(m_list, &QListWidget::currentRowChanged, this, [this](int) { showCurrent(); });
        m_list->setCurrentRow(library.templates.isEmpty() ? 0 : 1);
    }

private:
    void showCurrent()
    {
        const QString id = m_list->currentItem()
                               ? m_list->currentItem()->data(Qt::UserRole).toString()
                               : QString();
        m_id->setText(id);
        const pm::WorkshopTemplate *t = m_library.find(id);
        if (!t) {
            m_description->setText(
                NewWorkshopWizard::tr("Start with an empty board and draw the components "
                                      "yourself."));
            return;
        }
        QStringList parts;
        for (const pm::TemplateComponent &c : t->components)
            parts << c.name;
        QStringList stress;
        for (pm::Category c : t->emphasis)
            stress << pm::displayName(c);
        m_description->setText(
            QStringLiteral("<b>%1</b><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>")
                .arg(t->name.toHtmlEscaped(), t->description.toHtmlEscaped(),
                     NewWorkshopWizard::tr("On the board:"),
                     parts.join(QStringLiteral(", ")).toHtmlEscaped(),
                     NewWorkshopWizard::tr("Look hard at:"),
                     stress.join(QStringLiteral(", ")).toHtmlEscaped()));
    }

    const pm::TemplateLibrary &m_library;
    QListWidget *m_list;
    QLabel *m_description;
    QLineEdit *m_id = nullptr;
};

class ScenarioPage : public QWizardPage
{
public:
    ScenarioPage(const pm::TemplateLibrary &library, QWidget *parent)
        : QWizardPage(parent), m_library(library), m_horizon(new DateField(this)),
          m_scenario(new QPlainTextEdit(this))
    {
        setTitle(NewWorkshopWizard::tr("Imagine it has failed"));
        setSubTitle(NewWorkshopWizard::tr(
            "Write the failure as if it had already happened. Replace the example with what "
            "users would see."));
        m_horizon->setObjectName(QStringLiteral("horizon"));
        // The failure lies ahead, but not beyond what a team plans for.
        m_horizon->setDateRange(QDate::currentDate(), QDate::currentDate().addYears(10));
        m_horizon->setDate(QDate::currentDate().addMonths(6));
        m_scenario->setObjectName(QStringLiteral("scenario"));
        m_scenario->setTabChangesFocus(true);
        registerField(QStringLiteral("horizon"), m_horizon, "date", SIGNAL(dateChanged(QDate)));
        registerField(QStringLiteral("scenario"), m_scenario, "plainText", SIGNAL(textChanged()));
        auto *form = new QFormLayout(this);
        form->addRow(NewWorkshopWizard::tr("&Horizon:"), m_horizon);
        form->addRow(QString(), m_horizon->messageLabel());
        form->addRow(NewWorkshopWizard::tr("&Scenario:"), m_scenario);
        connect(m_horizon, &QDateEdit::dateChanged, this, [this] { fill(); });
        connect(m_scenario, &QPlainTextEdit::textChanged, this,
                [this] { m_edited = m_scenario->toPlainText() != m_filled; });
    }

    void initializePage() override { fill(); }

private:
    // Pre-fills until the facilitator writes their own.
    void fill()
    {
        if (m_edited)
            return;
        const pm::WorkshopTemplate *t =
            m_library.find(field(QStringLiteral("templateId")).toString());
        m_filled =
            pm::scenarioFromTemplate(m_horizon->date(), field(QStringLiteral("launch")).toString(),
                                     t ? t->scenarioHint : QString());
        m_scenario->setPlainText(m_filled);
        m_edited = false;
    }

    const pm::TemplateLibrary &m_library;
    DateField *m_horizon;
    QPlainTextEdit *m_scenario;
    QString m_filled;
    bool m_edited = false;
};

class PrivacyPage : public QWizardPage
{
public:
    explicit PrivacyPage(QWidget *parent) : QWizardPage(parent)
    {
        setTitle(NewWorkshopWizard::tr("Who wrote what?"));
        setSubTitle(NewWorkshopWizard::tr("People name the uncomfortable risks when they cannot "
                                          "be blamed for them."));
        auto *anonymous =
            new QCheckBox(NewWorkshopWizard::tr("&Anonymous: do not show authors on the board, "
                                                "the matrix or in exports"),
                          this);
        anonymous->setObjectName(QStringLiteral("anonymous"));
        auto *unrecorded =
            new QCheckBox(NewWorkshopWizard::tr("Do not &record authors in the file at all"), this);
        unrecorded->setObjectName(QStringLiteral("doNotRecordAuthors"));
        registerField(QStringLiteral("anonymous"), anonymous);
        registerField(QStringLiteral("doNotRecordAuthors"), unrecorded);
        // Not recording authors implies not showing them.
        connect(unrecorded, &QCheckBox::toggled, anonymous, [anonymous](bool on) {
            if (on)
                anonymous->setChecked(true);
            anonymous->setEnabled(!on);
        });
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(anonymous);
        layout->addWidget(unrecorded);
        layout->addWidget(explanation(
            NewWorkshopWizard::tr("The facilitator can change both later (Workshop menu)."), this));
        layout->addStretch(1);
    }
};

class FilePage : public QWizardPage
{
public:
    FilePage(NewWorkshopWizard::SuggestPath suggest, QWidget *parent)
        : QWizardPage(parent), m_suggest(std::move(suggest)), m_path(new QLineEdit(this))
    {
        setTitle(NewWorkshopWizard::tr("Where should the workshop file go?"));
        setSubTitle(NewWorkshopWizard::tr("Everything is saved in this one file as you go; "
                                          "share it by email, chat or a repository."));
        m_path->setObjectName(QStringLiteral("path"));
        registerField(QStringLiteral("path*"), m_path);
        auto *browse = new QPushButton(NewWorkshopWizard::tr("Br&owse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(
                this, NewWorkshopWizard::tr("New Workshop"), m_path->text(),
                NewWorkshopWizard::tr("Premortem workshops (*.premortem)"), nullptr,
                QFileDialog::DontConfirmOverwrite);
            if (!chosen.isEmpty())
                m_path->setText(suffixed(chosen));
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        // A row of widgets gets no buddy from QFormLayout, and a label without one shows its
        // '&' literally: give the label its line edit, so Alt+F goes there.
        auto *label = new QLabel(NewWorkshopWizard::tr("&File:"), this);
        label->setBuddy(m_path);
        auto *form = new QFormLayout(this);
        form->addRow(label, row);
    }

    void initializePage() override
    {
        if (m_path->text().isEmpty() || !m_touched)
            m_path->setText(m_suggest(field(QStringLiteral("launch")).toString()));
    }
    bool validatePage() override
    {
        m_touched = true;
        return true;
    }

private:
    NewWorkshopWizard::SuggestPath m_suggest;
    QLineEdit *m_path;
    bool m_touched = false;
};

} // namespace

NewWorkshopWizard::NewWorkshopWizard(SuggestPath suggestPath, const QString &userTemplateDir,
                                     QWidget *parent)
    : QWizard(parent), m_templates(pm::loadTemplates(userTemplateDir))
{
    setObjectName(QStringLiteral("newWorkshopWizard"));
    setWindowTitle(tr("New Workshop"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(new LaunchPage(this));
    addPage(new TemplatePage(m_templates, this));
    addPage(new ScenarioPage(m_templates, this));
    addPage(new PrivacyPage(this));
    addPage(new FilePage(std::move(suggestPath), this));
    setButtonText(QWizard::FinishButton, tr("&Create Workshop"));
    resize(900, 620);
}

void NewWorkshopWizard::chooseTemplate(const QString &templateId)
{
    auto *list = findChild<QListWidget *>(QStringLiteral("templateList"));
    if (!list || !m_templates.find(templateId))
        return;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == templateId)
            list->setCurrentRow(row); // the page's field follows its list
    }
}

bool NewWorkshopWizard::createWorkshop(QString *error)
{
    const QString path = suffixed(field(QStringLiteral("path")).toString().trimmed());
    const QString launch = field(QStringLiteral("launch")).toString().trimmed();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("Choose where the workshop file goes."));
    auto created =
        pm::Workshop::create(path, launch, field(QStringLiteral("scenario")).toString().trimmed());
    if (!created)
        return fail(created.error().message);
    pm::Workshop &workshop = *created.value();
    // Everything the wizard asked for, in one change set (the template's components included).
    const pm::WorkshopTemplate *chosen =
        m_templates.find(field(QStringLiteral("templateId")).toString());
    pm::ChangeSet changes{workshop.info()};
    if (chosen)
        changes = pm::templateChanges(workshop, *chosen);
    pm::WorkshopInfo &info = std::get<pm::WorkshopInfo>(changes.first());
    info.system = launch;
    info.horizon = field(QStringLiteral("horizon")).toDate();
    info.recordAuthors = !field(QStringLiteral("doNotRecordAuthors")).toBool();
    info.anonymous = field(QStringLiteral("anonymous")).toBool() || !info.recordAuthors;
    if (auto applied = workshop.apply(changes); !applied) {
        const QString message = applied.error().message;
        created.value().reset();
        QFile::remove(path); // a half-made workshop is not left behind
        return fail(message);
    }
    m_created = workshop.path();
    return true;
}

void NewWorkshopWizard::accept()
{
    QString error;
    if (!createWorkshop(&error)) {
        showErrorMessage(this, tr("Cannot Create the Workshop"), error);
        return; // stay on the page, so nothing typed is lost
    }
    QWizard::accept();
}

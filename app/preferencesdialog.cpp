#include "preferencesdialog.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// "Deutsch", "English": capitalised, as a menu entry (some locale data has "deutsch").
QString nativeName(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QString();
    if (locale.language() == QLocale::English)
        return QStringLiteral(
            "English"); // not "American English": the translation is plain English
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    // Each language is named in itself, so it can be found by someone who cannot read the
    // current one.
    const QString system = nativeName(QLocale::system());
    m_language->addItem(
        system.isEmpty() ? tr("System default") : tr("System default (%1)").arg(system), QString());
    for (const QLocale &locale : language::available())
        m_language->addItem(nativeName(locale), QLocale::languageToCode(locale.language()));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::chosen())));

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *restartNote =
        new QLabel(tr("A new language is used from the next start of Premortem."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    // One line that sizes the dialog: a word-wrapped label under-reports its height to a dialog
    // laid out before it has its width, and large fonts then clip it.
    restartNote->setWordWrap(false);

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    language::setChosen(m_language->currentData().toString());
    QDialog::accept();
}

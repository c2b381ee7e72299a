// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consolepage.h"

#include "ui/common/theme.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QVBoxLayout>

namespace HealthHub::Ui {

QVBoxLayout *makeConsolePage(QWidget *screen, const QString &objectName, const QString &title)
{
    screen->setObjectName(objectName);
    QWidget *page = makeScrollingPage(screen);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->setContentsMargins(40, 16, 40, 16);
    layout->setSpacing(14);
    layout->addWidget(makeLabel(title, Kind::Title, objectName + QStringLiteral("Title"), page));
    return layout;
}

QLabel *makeMessage(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeLabel(QString(), Kind::Body, objectName, parent);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text, bool problem)
{
    const Palette palette = Theme::palette(false);
    label->setText(text);
    label->setAccessibleName(text);
    label->setStyleSheet(problem ? QStringLiteral("color: %1; background: %2; padding: 8px 12px; font-weight: bold;")
                                       .arg(palette.onWarning.name(), palette.warning.name())
                                 : QStringLiteral("color: %1; font-weight: bold;").arg(palette.primary.name()));
    label->setVisible(!text.isEmpty());
}

QLineEdit *makeField(const QString &label, const QString &objectName, QVBoxLayout *layout, QWidget *parent, bool secret)
{
    QLabel *caption = makeLabel(label, Kind::Body, objectName + QStringLiteral("Label"), parent);
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(label);
    if (secret) {
        field->setEchoMode(QLineEdit::Password);
        field->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    caption->setBuddy(field);
    layout->addWidget(caption);
    layout->addWidget(field);
    return field;
}

void styleTouchList(QListView *list, int rows)
{
    // 71 px and the 1 px line under each row: every row is a 72 px touch target, like a button.
    const int rowPx = Theme::kTouchTargetPx;
    list->setStyleSheet(QStringLiteral("QListView { font-size: 24px; } QListView::item { min-height: %1px;"
                                       " padding-left: 12px; border-bottom: 1px solid #d8dde0; }")
                            .arg(rowPx - 1));
    list->setFixedHeight(rows * rowPx + 6);
}

QTableView *makeTable(const QString &objectName, const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(52);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setStyleSheet(QStringLiteral("QTableView { font-size: 20px; }"));
    return table;
}

QLineEdit *makeTextField(const QString &objectName, const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(name);
    if (!placeholder.isEmpty()) {
        field->setPlaceholderText(placeholder);
    }
    return field;
}

QDateEdit *makeDateField(const QString &objectName, const QString &name, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return field;
}

} // namespace HealthHub::Ui

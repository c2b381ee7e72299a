// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace HealthHub::Ui {

/** Makes @p screen a scrolling console page with a title and returns the page's layout. */
QVBoxLayout *makeConsolePage(QWidget *screen, const QString &objectName, const QString &title);
/** A message line for errors and confirmations: hidden while empty, red when @p problem. */
QLabel *makeMessage(const QString &objectName, QWidget *parent);
void showMessage(QLabel *label, const QString &text, bool problem);
/** A labelled text field with an objectName and an accessible name (the label's words). */
QLineEdit *makeField(const QString &label, const QString &objectName, QVBoxLayout *layout, QWidget *parent,
                     bool secret = false);
/** A list of visitors to touch: each row a 72 px touch target, @p rows of them in sight. */
void styleTouchList(QListView *list, int rows);
/** A text field with no label of its own: @p name is its accessible name; @p placeholder may be empty. */
QLineEdit *makeTextField(const QString &objectName, const QString &name, const QString &placeholder, QWidget *parent);
/** A date field with a calendar, showing "4 Dec 2026"; @p name is its accessible name. */
QDateEdit *makeDateField(const QString &objectName, const QString &name, QWidget *parent);
/** A read-only table of whole rows, one chosen at a time, for the console's lists. */
QTableView *makeTable(const QString &objectName, const QString &name, QAbstractItemModel *model, QWidget *parent);

} // namespace HealthHub::Ui

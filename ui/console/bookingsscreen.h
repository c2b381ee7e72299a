// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTimeEdit;
class QVBoxLayout;

namespace HealthHub::Ui {

class BookingModel;
class ChipSelector;
class ConsoleContext;
class VisitorSearchModel;

/**
 * The video booth's diary: a day or a week of bookings; book, move and cancel a slot for a visitor. A slot
 * that overlaps another is refused with a plain message. The booth terminal reads the same bookings.
 */
class BookingsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingsScreen)

public:
    explicit BookingsScreen(ConsoleContext *context, QWidget *parent = nullptr);

    void refresh();
    BookingModel *model() const { return m_model; }
    /** Shows the day or week that holds @p date. */
    void showDate(const QDate &date);
    QDate firstDay() const;
    QDate lastDay() const;

private:
    QDateTime chosenStart() const;
    QDateTime chosenEnd() const;
    int chosenRow();
    void buildNavigation(QWidget *page, QVBoxLayout *layout);
    void buildTable(QWidget *page, QVBoxLayout *layout);
    void buildForm(QWidget *page, QVBoxLayout *layout);
    void book();
    void move();
    void cancel();

    ConsoleContext *m_context = nullptr;
    BookingModel *m_model = nullptr;
    VisitorSearchModel *m_visitors = nullptr;
    ChipSelector *m_view = nullptr;
    QLabel *m_range = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    ChipSelector *m_length = nullptr;
    QLineEdit *m_visitorField = nullptr;
    QListView *m_visitorList = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLabel *m_message = nullptr;
    QDate m_shown;
    qint64 m_visitorId = 0;
};

} // namespace HealthHub::Ui

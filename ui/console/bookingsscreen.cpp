// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/bookingsscreen.h"

#include "core/store/store.h"
#include "ui/common/theme.h"
#include "ui/console/bookingmodel.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/visitorsearchmodel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
const QString kDay = QStringLiteral("day");
const QString kWeek = QStringLiteral("week");
} // namespace

BookingsScreen::BookingsScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BookingModel(this))
    , m_visitors(new VisitorSearchModel(context, this))
    , m_shown(QDate::currentDate())
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("boothBookings"), tr("Video booth bookings"));
    QWidget *page = layout->parentWidget();

    buildNavigation(page, layout);
    buildTable(page, layout);
    buildForm(page, layout);
    layout->addStretch(1);
}

void BookingsScreen::buildNavigation(QWidget *page, QVBoxLayout *layout)
{
    auto *navigation = new QHBoxLayout;
    m_view = new ChipSelector(QStringLiteral("bookingViewChips"), tr("Show a day or a week"),
                              ChipSelector::Mode::Single, page);
    m_view->setChips({{kDay, tr("Day")}, {kWeek, tr("Week")}});
    m_view->setCurrent(kWeek);
    navigation->addWidget(m_view);
    QPushButton *previous = makeButton(tr("Earlier"), Kind::Secondary, QStringLiteral("bookingsPreviousButton"), page);
    QPushButton *today = makeButton(tr("Today"), Kind::Secondary, QStringLiteral("bookingsTodayButton"), page);
    QPushButton *next = makeButton(tr("Later"), Kind::Secondary, QStringLiteral("bookingsNextButton"), page);
    navigation->addWidget(previous);
    navigation->addWidget(today);
    navigation->addWidget(next);
    navigation->addStretch(1);
    layout->addLayout(navigation);
    m_range = makeLabel(QString(), Kind::Lead, QStringLiteral("bookingsRangeLabel"), page);
    layout->addWidget(m_range);

    connect(m_view, &ChipSelector::changed, this, [this] {
        if (m_view->current().isEmpty()) {
            m_view->setCurrent(kWeek);
        }
        refresh();
    });
    const auto step = [this](int direction) {
        showDate(m_shown.addDays(direction * (m_view->current() == kDay ? 1 : 7)));
    };
    connect(previous, &QPushButton::clicked, this, [step] { step(-1); });
    connect(next, &QPushButton::clicked, this, [step] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(QDate::currentDate()); });
}

void BookingsScreen::buildTable(QWidget *page, QVBoxLayout *layout)
{
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("bookingsTable"));
    m_table->setAccessibleName(tr("Bookings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(56);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BookingModel::PurposeColumn, QHeaderView::Stretch);
    m_table->setStyleSheet(QStringLiteral("QTableView { font-size: 22px; }"));
    m_table->setMinimumHeight(300);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // Choosing a booking fills the form with it, ready to move.
        const Records::Booking &booking = m_model->booking(index.row());
        m_date->setDate(booking.startsAt.toLocalTime().date());
        m_time->setTime(booking.startsAt.toLocalTime().time());
        m_length->setCurrent(booking.startsAt.secsTo(booking.endsAt) > 30 * 60 ? QStringLiteral("60")
                                                                               : QStringLiteral("30"));
    });
}

void BookingsScreen::buildForm(QWidget *page, QVBoxLayout *layout)
{
    layout->addWidget(makeLabel(tr("Book a slot"), Kind::Lead, QStringLiteral("bookHeading"), page));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_date = new QDateEdit(QDate::currentDate(), page);
    m_date->setObjectName(QStringLiteral("bookingDateField"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_time = new QTimeEdit(QTime(10, 0), page);
    m_time->setObjectName(QStringLiteral("bookingTimeField"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_length = new ChipSelector(QStringLiteral("bookingLengthChips"), tr("How long"), ChipSelector::Mode::Single, page);
    m_length->setChips({{QStringLiteral("30"), tr("30 minutes")}, {QStringLiteral("60"), tr("1 hour")}});
    m_length->setCurrent(QStringLiteral("30"));
    grid->addWidget(makeLabel(tr("Day"), Kind::Body, QStringLiteral("bookingDateLabel"), page), 0, 0);
    grid->addWidget(m_date, 1, 0);
    grid->addWidget(makeLabel(tr("Start time"), Kind::Body, QStringLiteral("bookingTimeLabel"), page), 0, 1);
    grid->addWidget(m_time, 1, 1);
    grid->addWidget(m_length, 1, 2);
    layout->addLayout(grid);
    m_visitorField =
        makeField(tr("Visitor (first name or initials)"), QStringLiteral("bookingVisitorField"), layout, page);
    m_visitorList = new QListView(page);
    m_visitorList->setObjectName(QStringLiteral("bookingVisitorList"));
    m_visitorList->setAccessibleName(tr("Visitors found"));
    m_visitorList->setModel(m_visitors);
    m_visitorList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleTouchList(m_visitorList, 2);
    layout->addWidget(m_visitorList);
    m_purpose = makeField(tr("What for (no medical details)"), QStringLiteral("bookingPurposeField"), layout, page);
    m_purpose->setMaxLength(100);
    m_message = makeMessage(QStringLiteral("bookingsMessage"), page);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    QPushButton *book = makeButton(tr("Book this slot"), Kind::Primary, QStringLiteral("bookButton"), page);
    QPushButton *move =
        makeButton(tr("Move the chosen booking here"), Kind::Secondary, QStringLiteral("moveBookingButton"), page);
    QPushButton *cancel =
        makeButton(tr("Cancel the chosen booking"), Kind::Secondary, QStringLiteral("cancelBookingButton"), page);
    buttons->addWidget(book);
    buttons->addWidget(move);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_visitorField, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_visitorId = 0;
        m_visitors->search(text);
    });
    connect(m_visitorList, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_visitorId = index.data(VisitorSearchModel::IdRole).toLongLong();
        m_visitorField->setText(index.data(VisitorSearchModel::NameRole).toString());
    });
    connect(book, &QPushButton::clicked, this, &BookingsScreen::book);
    connect(move, &QPushButton::clicked, this, &BookingsScreen::move);
    connect(cancel, &QPushButton::clicked, this, &BookingsScreen::cancel);
}

QDate BookingsScreen::firstDay() const
{
    return m_view->current() == kDay ? m_shown : m_shown.addDays(1 - m_shown.dayOfWeek());
}

QDate BookingsScreen::lastDay() const
{
    return m_view->current() == kDay ? m_shown : firstDay().addDays(6);
}

void BookingsScreen::showDate(const QDate &date)
{
    m_shown = date;
    refresh();
}

void BookingsScreen::refresh()
{
    const QDateTime from(firstDay(), QTime(0, 0));
    const QDateTime to(lastDay().addDays(1), QTime(0, 0));
    Store::Store &store = m_context->store();
    const Store::StoreResult<QList<Records::Booking>> bookings = store.bookings(from.toUTC(), to.toUTC());
    QHash<qint64, QString> names;
    for (const Records::Booking &booking : bookings.ok() ? bookings.value() : QList<Records::Booking>()) {
        if (booking.visitorId != 0 && !names.contains(booking.visitorId)) {
            const Store::StoreResult<Records::Visitor> visitor = store.visitor(m_context->actor(), booking.visitorId);
            names.insert(booking.visitorId, visitor.ok() ? visitor.value().name : QString());
        }
    }
    m_model->setBookings(bookings.ok() ? bookings.value() : QList<Records::Booking>(), names);
    const QLocale locale;
    m_range->setText(m_view->current() == kDay ? locale.toString(m_shown, QLocale::LongFormat)
                                               : tr("Week from %1 to %2")
                                                     .arg(locale.toString(firstDay(), QStringLiteral("d MMM")),
                                                          locale.toString(lastDay(), QStringLiteral("d MMM yyyy"))));
    if (m_model->rowCount() == 0) {
        m_range->setText(m_range->text() + QLatin1Char(' ') + tr("(no bookings)"));
    }
}

QDateTime BookingsScreen::chosenStart() const
{
    return QDateTime(m_date->date(), m_time->time()).toUTC();
}

QDateTime BookingsScreen::chosenEnd() const
{
    return chosenStart().addSecs(qint64(m_length->current().toInt()) * 60);
}

int BookingsScreen::chosenRow()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showMessage(m_message, tr("Touch a booking in the table first."), true);
        return -1;
    }
    return rows.constFirst().row();
}

namespace {
QString problemText(const Store::StoreError &error)
{
    if (error.code() == Store::StoreError::Code::BookingClash) {
        return BookingsScreen::tr("The booth is already booked for part of that time. Choose another time.");
    }
    return error.message();
}
} // namespace

void BookingsScreen::book()
{
    Records::Booking booking;
    booking.startsAt = chosenStart();
    booking.endsAt = chosenEnd();
    booking.visitorId = m_visitorId;
    booking.volunteerId = m_context->volunteer().id;
    booking.purpose = m_purpose->text().trimmed();
    const Store::StoreResult<qint64> id = m_context->store().addBooking(m_context->actor(), booking);
    if (!id.ok()) {
        showMessage(m_message, problemText(id.error()), true);
        return;
    }
    showDate(m_date->date());
    showMessage(m_message,
                tr("Booked for %1.")
                    .arg(QLocale().toString(booking.startsAt.toLocalTime(), QStringLiteral("ddd d MMM, HH:mm"))),
                false);
}

void BookingsScreen::move()
{
    const int row = chosenRow();
    if (row < 0) {
        return;
    }
    const Store::StoreError error =
        m_context->store().moveBooking(m_context->actor(), m_model->booking(row).id, chosenStart(), chosenEnd());
    if (!error.ok()) {
        showMessage(m_message, problemText(error), true);
        return;
    }
    showDate(m_date->date());
    showMessage(m_message, tr("The booking is moved."), false);
}

void BookingsScreen::cancel()
{
    const int row = chosenRow();
    if (row < 0) {
        return;
    }
    const Store::StoreError error = m_context->store().cancelBooking(m_context->actor(), m_model->booking(row).id);
    refresh();
    showMessage(m_message, error.ok() ? tr("The booking is cancelled.") : problemText(error), !error.ok());
}

} // namespace HealthHub::Ui

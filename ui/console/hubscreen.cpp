// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/hubscreen.h"

#include "ui/common/theme.h"
#include "ui/console/terminalsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace HealthHub::Ui {

HubScreen::HubScreen(HubLink::Link *link, QWidget *parent)
    : QWidget(parent)
    , m_model(new TerminalsModel(link, this))
{
    setObjectName(QStringLiteral("consoleHub"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addWidget(makeLabel(tr("Terminals of this hub"), Kind::Title, QStringLiteral("consoleHubTitle"), this));
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("terminalsTable"));
    table->setModel(m_model);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(72);
    table->setAccessibleName(tr("Terminals of this hub"));
    layout->addWidget(table, 1);
    QPushButton *back = makeButton(tr("Back"), Kind::Secondary, QStringLiteral("hubBackButton"), this);
    layout->addWidget(back);
    connect(back, &QPushButton::clicked, this, &HubScreen::backRequested);
    // "Last heard" changes with time alone.
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, m_model, &TerminalsModel::refresh);
    m_tick.start();
}

} // namespace HealthHub::Ui

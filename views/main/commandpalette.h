#pragma once

#include "models/items/palettemodel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace akdesk {

class ApiClient;

/// Ctrl+K: a search box over the window's actions and lists and the server's stages and flows.
/// Typing filters at once; the server is asked after a short pause, and only for the latest text.
/// Up/Down choose, Enter goes there, Esc closes.
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(ApiClient *client, const QList<PaletteEntry> &localEntries, QWidget *parent = nullptr);
    ~CommandPalette() override;

    QLineEdit *searchField() const { return m_search; }
    QListView *results() const { return m_results; }
    PaletteModel *model() const { return m_model; }
    /// Milliseconds between the last keystroke and the server search.
    static constexpr int SearchDelayMs = 200;

Q_SIGNALS:
    void entryActivated(const akdesk::PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);
    void updateStatus();

    PaletteModel *m_model;
    QLineEdit *m_search;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace akdesk

#pragma once

#include <QMainWindow>

namespace akdesk {

class ApiClient;

/// The main window: a navigator of stage kinds and the list of the selected kind.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    ApiClient *m_client = nullptr;
};

} // namespace akdesk

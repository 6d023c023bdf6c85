#include "views/main/mainwindow.h"

namespace akdesk {

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setWindowTitle(tr("akdesk"));
}

MainWindow::~MainWindow() = default;

} // namespace akdesk

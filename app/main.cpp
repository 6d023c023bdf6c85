#include "views/main/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    akdesk::MainWindow window(nullptr);
    window.show();
    return app.exec();
}

/** JavaFX views only: the main window, dialogs, status badge cells, drag-and-drop, notifications. Builds nodes, binds them to ViewModels. */
package com.ixsweep.ui;

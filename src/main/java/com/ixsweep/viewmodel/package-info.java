/** UI state and commands (MainViewModel, ProfileRowViewModel), the javafx.concurrent.Service around the engine and the row-update coalescer. Uses javafx.beans, collections and concurrent; never the scene graph. */
package com.ixsweep.viewmodel;

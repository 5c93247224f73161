/** Composition root: the launcher, the JavaFX Application, settings and the wiring of everything by constructors. */
package com.ixsweep.app;

/** Headless commands that share the engine: clear, import, list, simulate. */
package com.ixsweep.cli;

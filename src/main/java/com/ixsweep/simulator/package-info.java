/** An ixBrowser-compatible Local API server on the JDK HttpServer with seeded profiles and behaviour knobs, for tests, benchmarks, the CLI and the demo. Depends on model only. */
package com.ixsweep.simulator;

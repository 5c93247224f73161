/** The clearing engine in plain Java: plan, chunk, send, bisect, retry, verify, journal. */
package com.ixsweep.batch;

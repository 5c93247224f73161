/** The ixBrowser Local API client on Apache HttpClient 5 and Jackson: outcomes as values, error catalogue, limiter, retries. No JavaFX. */
package com.ixsweep.api;

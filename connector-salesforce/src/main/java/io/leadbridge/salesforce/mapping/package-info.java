/** Translation between the canonical model and partner API sObjects and results; no I/O. */
package io.leadbridge.salesforce.mapping;

/** The IDX file format of the MNIST family: a validating reader for raw and gzip-compressed files. */
package dev.lamina.runtime.data.idx;

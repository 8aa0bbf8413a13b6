/**
 * The files adapter: documents in and out. Every reader and writer of an external file format lives here, one
 * sub-package per format family, each implementing a port of {@code gr.etwinning.synedrio.application.port.out}
 * that speaks domain and use-case records only.
 */
package gr.etwinning.synedrio.adapter.out.files;

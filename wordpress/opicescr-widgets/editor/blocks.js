/**
 * The blocks' editor side: one block per kind of widget, its options as sidebar controls, the
 * widget itself as the preview, and the saved markup.
 *
 * The saved markup is the widget's mount, `<div data-opicescr="map" data-lang="es" …>`, with one
 * paragraph of fallback: kses keeps it for authors and contributors, and it reads well in feeds,
 * e-mail and search engines. save() must give the same markup for the same attributes on every
 * site and for every user, or WordPress calls the block invalid: so the fallback follows the
 * block's own language (never the editor's), and the status file the site uses is added on the
 * page by PHP, not saved. And a block keeps the fallback it was saved with (the `fallbackText`
 * and `fallbackHref` attributes, read back from its markup): a later release whose words, link
 * or address differ does not make it invalid. It takes the current one when its language changes.
 *
 * Plain script, no build step: WordPress's own packages from the `wp` global. The table of
 * kinds and options (window.opicescrWidgets) comes from PHP, generated from the widgets' table.
 */
( function ( wp, config ) {
	'use strict';

	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorAdvancedControls, InspectorControls, useBlockProps } = wp.blockEditor;
	const { BaseControl, CheckboxControl, PanelBody, SelectControl, TextControl } = wp.components;
	const { __ } = wp.i18n;
	const DOMAIN = 'opicescr-widgets';

	/** "as-of" → "asOf": block attributes are the options in camelCase. */
	function attributeName( option ) {
		return option.replace( /-([a-z])/g, ( _, letter ) => letter.toUpperCase() );
	}

	/** The options a block offers: all but those the plugin sets for the whole site. */
	function blockOptions( kind ) {
		return Object.entries( config.kinds[ kind ].options ).filter( ( [ , rule ] ) => ! rule.siteWide );
	}

	/** A value that passes its option's rule, or undefined (the rules of includes/options.php). */
	function cleanValue( raw, rule ) {
		const value = typeof raw === 'string' ? raw.trim() : '';
		if ( value === '' ) return undefined;
		const known = rule.values ? rule.values.map( ( pair ) => pair[ 0 ] ) : [];
		switch ( rule.control ) {
			case 'choice':
				return known.includes( value ) ? value : undefined;
			case 'choices': {
				const words = value.split( /[\s,]+/ ).filter( Boolean );
				if ( words.some( ( word ) => ! known.includes( word ) ) ) return undefined;
				return known.filter( ( word ) => words.includes( word ) ).join( ' ' );
			}
			case 'text':
				if ( ! new RegExp( rule.pattern ).test( value ) ) return undefined;
				return rule.upperCase ? value.toUpperCase() : value;
			case 'date': {
				if ( ! /^\d{4}-\d{2}-\d{2}$/.test( value ) ) return undefined;
				const day = new Date( value + 'T00:00:00Z' );
				return ! isNaN( day ) && day.toISOString().slice( 0, 10 ) === value ? value : undefined;
			}
			case 'number':
				return /^\d{1,6}$/.test( value ) && Number( value ) >= rule.min ? String( Number( value ) ) : undefined;
		}
		return undefined;
	}

	/** The mount's attributes for a block's options: data-opicescr and one data-* per valid option. */
	function mountAttributes( kind, attributes ) {
		const mount = { 'data-opicescr': kind };
		for ( const [ option, rule ] of blockOptions( kind ) ) {
			const value = cleanValue( attributes[ attributeName( option ) ], rule );
			if ( value !== undefined ) mount[ 'data-' + option ] = value;
		}
		return mount;
	}

	function label( text, rule ) {
		return rule && rule.autonyms ? text : __( text, DOMAIN );
	}

	/** The sidebar control for one option; the element's default is stored as no value at all. */
	function control( option, rule, value, set ) {
		const common = { key: option, label: __( rule.label, DOMAIN ), help: rule.help ? __( rule.help, DOMAIN ) : undefined };
		switch ( rule.control ) {
			case 'choice': {
				const choices = rule.values.map( ( [ choice, text ] ) => ( {
					value: choice === rule.default ? '' : choice,
					label: label( text, rule ),
				} ) );
				if ( rule.unset ) choices.unshift( { value: '', label: __( rule.unset, DOMAIN ) } );
				return el( SelectControl, { ...common, value: value || '', options: choices, onChange: set } );
			}
			case 'choices': {
				const ticked = ( value || '' ).split( /[\s,]+/ ).filter( Boolean );
				return el(
					BaseControl,
					{ ...common, id: 'opicescr-' + option },
					rule.values.map( ( [ choice, text ] ) =>
						el( CheckboxControl, {
							key: choice,
							label: label( text, rule ),
							checked: ticked.includes( choice ),
							onChange: ( on ) =>
								set(
									rule.values
										.map( ( pair ) => pair[ 0 ] )
										.filter( ( word ) => ( word === choice ? on : ticked.includes( word ) ) )
										.join( ' ' )
								),
						} )
					)
				);
			}
			case 'date':
				return el( TextControl, { ...common, type: 'date', value: value || '', onChange: set } );
			case 'number':
				return el( TextControl, {
					...common,
					type: 'number',
					min: rule.min,
					placeholder: rule.placeholder,
					value: value || '',
					onChange: set,
				} );
			default:
				return el( TextControl, { ...common, value: value || '', maxLength: rule.maxLength, onChange: set } );
		}
	}

	/** The fallback the block was saved with, else this release's in the block's language. */
	function fallbackFor( kind, attributes, lang ) {
		if ( attributes.fallbackText !== undefined ) return { text: attributes.fallbackText, href: attributes.fallbackHref };
		const texts = config.fallbacks[ lang ] || config.fallbacks.en;
		return texts[ kind ] || config.fallbacks.en[ kind ];
	}

	function Edit( kind ) {
		return function EditWidget( { attributes, setAttributes } ) {
			const blockProps = useBlockProps();
			const controls = ( advanced ) =>
				blockOptions( kind )
					.filter( ( [ , rule ] ) => Boolean( rule.advanced ) === advanced )
					.map( ( [ option, rule ] ) => {
						const name = attributeName( option );
						// A new language takes its own fallback, in place of the one saved.
						const set = ( value ) =>
							setAttributes( option === 'lang' ? { [ name ]: value, fallbackText: undefined, fallbackHref: undefined } : { [ name ]: value } );
						return control( option, rule, attributes[ name ], set );
					} );
			const main = controls( false );
			const advanced = controls( true );
			const mount = mountAttributes( kind, attributes );
			if ( config.statusUrl ) mount[ 'data-src' ] = config.statusUrl;
			return el(
				Fragment,
				null,
				main.length > 0 && el( InspectorControls, null, el( PanelBody, { title: __( 'Widget', DOMAIN ) }, main ) ),
				// Rarely changed options join WordPress's own Advanced panel (HTML anchor, CSS class).
				advanced.length > 0 && el( InspectorAdvancedControls, null, advanced ),
				// The preview is the widget: the script (enqueued in the editor) upgrades this mount
				// as it does on the page, and follows its data-* attributes as the sidebar changes them.
				el( 'div', blockProps, el( 'div', { ...mount, className: 'opicescr-widgets-preview' } ) )
			);
		};
	}

	function Save( kind ) {
		return function SaveWidget( { attributes } ) {
			const mount = mountAttributes( kind, attributes );
			const fallback = fallbackFor( kind, attributes, mount[ 'data-lang' ] );
			return el(
				'div',
				useBlockProps.save( mount ),
				el( 'p', null, fallback.href ? el( 'a', { href: fallback.href }, fallback.text ) : fallback.text )
			);
		};
	}

	for ( const kind of Object.keys( config.kinds ) ) {
		registerBlockType( 'opicescr/' + kind, { edit: Edit( kind ), save: Save( kind ) } );
	}
} )( window.wp, window.opicescrWidgets );

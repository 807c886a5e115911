# bash completion for leap-entra-setup                                   -*- shell-script -*-
# Installed to /usr/share/bash-completion/completions/leap-entra-setup.
# Keep in step with the command line in the product contract and the man page.

_leap_entra_setup()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

    local global_opts="--profile --cloud --authority --graph --sign-in --client-id --sandbox
        --json --verbose --lang --help --version"
    local commands="configure status rotate-secret retire-secret verify export forget"

    # Values of options that take one.
    case $prev in
        --cloud)
            mapfile -t COMPREPLY < <(compgen -W "global usgov usgov-dod china" -- "$cur")
            return 0
            ;;
        --sign-in)
            mapfile -t COMPREPLY < <(compgen -W "browser device-code" -- "$cur")
            return 0
            ;;
        --lang)
            mapfile -t COMPREPLY < <(compgen -W "en de fr es ja" -- "$cur")
            return 0
            ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "json markdown html pdf liberty properties helm" -- "$cur")
            return 0
            ;;
        --output)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --profile)
            # Saved profiles are the JSON files in the configuration directory.
            local dir=${XDG_CONFIG_HOME:-$HOME/.config}/leap-entra-setup
            local names=
            if [[ -d $dir ]]; then
                local f
                for f in "$dir"/*.json; do
                    [[ -e $f ]] || continue
                    f=${f##*/}
                    names+=" ${f%.json}"
                done
            fi
            mapfile -t COMPREPLY < <(compgen -W "$names" -- "$cur")
            return 0
            ;;
        --authority | --graph | --client-id | --tenant | --leap-host | --display-name | \
            --secret-name | --secret-days | --credential-alias | --key-id)
            COMPREPLY=()
            return 0
            ;;
    esac

    # The command, if one was given already.
    local i command=
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --profile | --cloud | --authority | --graph | --sign-in | --client-id | --lang) ((i++)) ;;
            -*) ;;
            *)
                command=${COMP_WORDS[i]}
                break
                ;;
        esac
    done

    local opts
    case $command in
        "") opts="$global_opts" ;;
        configure) opts="--tenant --leap-host --display-name --secret-name --secret-days
            --credential-alias --dry-run --no-admin-consent" ;;
        rotate-secret) opts="--secret-name --secret-days" ;;
        retire-secret) opts="--key-id --all-but-current" ;;
        export) opts="--format --output --include-secret" ;;
        status | verify | forget) opts= ;;
        *) opts= ;;
    esac

    if [[ $cur == -* ]]; then
        # Global options are accepted after the command too.
        [[ -n $command ]] && opts+=" ${global_opts/--help --version/}"
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    elif [[ -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    fi
    return 0
} &&
    complete -F _leap_entra_setup leap-entra-setup
